/** The bench's rows and its one table: each figure beside its goal. */

export interface Row {
  readonly what: string;
  readonly value: number;
  /** The goal, or null for a figure shown for information. */
  readonly goal: number | null;
  readonly unit: string;
  /** 'max': the value must not exceed the goal (sizes, times); 'min': it must reach it (scores). */
  readonly sense?: 'max' | 'min';
}

/** One part of `npm run bench` (tools/bench.ts runs them in turn after one build). */
export interface BenchPart {
  readonly name: string;
  run(): Promise<Row[]>;
}

export const row = (what: string, value: number, goal: number | null, unit: string, sense: 'max' | 'min' = 'max'): Row => ({
  what,
  value: Math.round(value * 10) / 10,
  goal,
  unit,
  sense,
});

const met = (r: Row) => r.goal === null || (r.sense === 'min' ? r.value >= r.goal : r.value <= r.goal);

/** Prints the table; returns how many goals were missed. */
export function printTable(rows: readonly Row[]): number {
  let missed = 0;
  for (const r of rows) {
    const ok = met(r);
    if (!ok) missed++;
    const goal = r.goal === null ? '' : `(goal ${r.sense === 'min' ? '≥' : '≤'} ${r.goal})`;
    console.log(`${ok ? 'ok  ' : 'MISS'} ${r.what.padEnd(64)} ${String(r.value).padStart(9)} ${r.unit.padEnd(5)} ${goal}`);
  }
  console.log(missed ? `${missed} goal(s) missed` : 'all goals met');
  return missed;
}
