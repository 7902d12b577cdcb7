import type { MachineSummary } from './catalogueTypes.ts';

/**
 * The centre's floor (issue 17): the stations a shoe travels through, each owning a range of
 * `line` numbers. Pure, so the home screen and its tests lay out the same floor.
 */
export const STATION_LINES = [10, 20, 30, 40, 50, 60, 70, 80, 90] as const;

export interface Station {
  /** The station's first line number; its name is the message `floor.station.<line>`. */
  readonly line: number;
  readonly machines: readonly MachineSummary[];
}

/**
 * A machine belongs to the highest station whose line is not above its own (45 → 40, 95 → 90).
 * A line below the first station falls into the first one, so no machine ever vanishes.
 */
export function stationOf(line: number): number {
  let found: number = STATION_LINES[0];
  for (const s of STATION_LINES) if (line >= s) found = s;
  return found;
}

/** The stations in the shoe's order, each with its machines in catalogue order; empty stations left out. */
export function layFloor(catalogue: readonly MachineSummary[]): Station[] {
  return STATION_LINES.map((line) => ({ line, machines: catalogue.filter((m) => stationOf(m.line) === line) })).filter((s) => s.machines.length > 0);
}
