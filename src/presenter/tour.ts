import type { MachineModule } from '../engine/machineModule.ts';
import { applyEntry } from '../engine/replay.ts';
import { hintMove } from '../engine/hintMove.ts';
import { createSession, type LogEntry, type Session } from '../engine/session.ts';

/** Most actions the golden run may take for one whole procedure (the contract hint follower's bound). */
export const TOUR_MAX_ACTIONS = 600;

/** One stop of a tour: the log entries that do one (or, done by one action, several) procedure steps. */
export interface TourStep {
  /** Procedure step ids this stop finishes (the first names its text: `step.<id>`). */
  readonly stepIds: readonly string[];
  /** Entries of the golden log before this stop's actions (the session shown while the stop is explained). */
  readonly startEntry: number;
  readonly startT: number;
  /** Entries and clock time once the stop is done. */
  readonly endEntry: number;
  readonly endT: number;
  /** Controls this stop operates, in order of first use, and their glTF nodes (camera and highlight). */
  readonly controls: readonly string[];
  readonly nodes: readonly string[];
  /**
   * The part the camera turns to: the node of the control that finished the stop (its first
   * actions are often preconditions, such as taking a test bar away before heating the sole).
   */
  readonly focus: string | null;
}

/** The golden run of a machine's procedure, cut at each step it finishes. */
export interface Tour {
  readonly machineId: string;
  readonly entries: readonly LogEntry[];
  readonly steps: readonly TourStep[];
}

/**
 * Plays the procedure's own hints (the first correct action, or the fast-forward when it waits, or
 * a steady feed while continuous work runs) on a guided session until the chart says complete, and
 * cuts the log wherever a procedure step gets done. Nothing is scripted: any machine's tour comes
 * from its chart and procedure. Throws naming the machine and step if the hints get stuck.
 */
export function buildTour(module: MachineModule): Tour {
  const s = createSession(module, 'guided');
  const steps: TourStep[] = [];
  // A step the untouched machine already satisfies (a setting at its default) is no stop of its own.
  let done = new Set(s.steps().filter((st) => st.done).map((st) => st.id));
  let start = { entry: 0, t: 0 };
  const cut = () => {
    const now = new Set(s.steps().filter((st) => st.done).map((st) => st.id));
    const finished = [...now].filter((id) => !done.has(id));
    done = now;
    if (finished.length === 0) return;
    const entries = s.log().entries;
    const used = controlsOf(entries.slice(start.entry));
    const nodes = used.flatMap((id) => module.controls.find((c) => c.id === id)?.node ?? []);
    const last = lastControl(entries.slice(start.entry));
    steps.push({
      stepIds: finished,
      startEntry: start.entry,
      startT: start.t,
      endEntry: entries.length,
      endT: s.clock.now(),
      controls: used,
      nodes,
      focus: (last && module.controls.find((c) => c.id === last)?.node) ?? null,
    });
    start = { entry: entries.length, t: s.clock.now() };
  };
  const holding = { steps: 0 };
  for (let i = 0; i < TOUR_MAX_ACTIONS && s.outcome().status === 'running'; i++) {
    const move = hintMove(s, holding);
    if (move.kind === 'stuck') throw stuck(s, move.why);
    if (move.kind === 'held') i--;
    cut();
  }
  if (s.outcome().status !== 'complete') throw stuck(s, `not complete after ${TOUR_MAX_ACTIONS} actions`);
  const tour = { machineId: module.id, entries: s.log().entries, steps };
  s.stop();
  return tour;
}

function controlsOf(entries: readonly LogEntry[]): string[] {
  const ids: string[] = [];
  for (const e of entries) if (e.kind === 'event' && 'control' in e.event && !ids.includes(e.event.control)) ids.push(e.event.control);
  return ids;
}

function lastControl(entries: readonly LogEntry[]): string | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.kind === 'event' && 'control' in e.event) return e.event.control;
  }
  return null;
}

function stuck(s: Session, why: string): Error {
  const current = s.steps().filter((st) => st.current).map((st) => st.id);
  return new Error(`tour of ${s.module.id}: ${why} at step ${current.join(',')} in ${JSON.stringify(s.actor.getSnapshot().value)}`);
}

/**
 * A fresh guided session at tour position `position` (0…steps.length): every stop before it done,
 * by replaying the golden log's entries, then the clock run to where the stop starts. Going back
 * is the same call with a smaller position: the same log, the same session.
 */
export function sessionAt(module: MachineModule, tour: Tour, position: number): Session {
  if (module.id !== tour.machineId) throw new Error(`tour is of "${tour.machineId}", not "${module.id}"`);
  const p = clampPosition(tour, position);
  const end = p < tour.steps.length ? { entry: tour.steps[p]!.startEntry, t: tour.steps[p]!.startT } : lastEnd(tour);
  const s = createSession(module, 'guided');
  for (let i = 0; i < end.entry; i++) applyEntry(s, tour.entries[i]!);
  s.advanceTo(end.t);
  return s;
}

const lastEnd = (tour: Tour) => {
  const last = tour.steps[tour.steps.length - 1];
  return last ? { entry: last.endEntry, t: last.endT } : { entry: 0, t: 0 };
};

/** Positions run from 0 (the first stop) to steps.length (the tour is over). */
export const clampPosition = (tour: Tour, position: number): number =>
  Number.isInteger(position) ? Math.min(tour.steps.length, Math.max(0, position)) : 0;

/** Does stop `position` on `session` (which is at its start): its golden entries, in order. */
export function playStop(session: Session, tour: Tour, position: number): void {
  const stop = tour.steps[position];
  if (!stop) return;
  const offset = session.clock.now() - stop.startT;
  for (let i = stop.startEntry; i < stop.endEntry; i++) {
    const e = tour.entries[i]!;
    applyEntry(session, { ...e, t: e.t + offset });
  }
  session.advanceTo(stop.endT + offset);
}
