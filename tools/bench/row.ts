/** One figure of `npm run bench`: a value, and the goal it must not exceed (null: reported only). */
export interface BenchRow {
  readonly what: string;
  readonly value: number;
  readonly goal: number | null;
  readonly unit: string;
}

export const row = (what: string, value: number, goal: number | null, unit: string): BenchRow => ({ what, value: Math.round(value * 10) / 10, goal, unit });
