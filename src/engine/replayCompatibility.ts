/**
 * Older chart versions whose records replay identically on the current chart, per machine id
 * (`MachineModule.version` is bumped whenever a change could alter a replay). A record made
 * with a version neither current nor listed here is refused: replaying it could show a session
 * that never happened. Add a version only after checking its records replay the same.
 */
export const REPLAYS_IDENTICALLY: Readonly<Record<string, readonly string[]>> = {};

export type VersionCheck = { readonly ok: true; readonly older: boolean } | { readonly ok: false };

export function checkMachineVersion(machineId: string, current: string, recorded: string, known = REPLAYS_IDENTICALLY): VersionCheck {
  if (recorded === current) return { ok: true, older: false };
  return known[machineId]?.includes(recorded) ? { ok: true, older: true } : { ok: false };
}
