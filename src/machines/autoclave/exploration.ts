import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, ProcessSignal } from '../../engine/machineModule.ts';
import type { AutoclaveMachine } from './machine.ts';

/**
 * Inspections only tick check marks; the 125 °C setpoint behaves like 135 °C for what may happen
 * next. Left to the unit tests and the random walks (each would double the state space): the two
 * faults and their repairs, and the safety valve's test lever (one more way to vent).
 */
const SKIP_CONTROLS = new Set(['safetyLever', 'replaceSeal', 'freeVent']);
export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter(
    (e) =>
      e.type !== 'user.inspect' &&
      e.type !== 'fault.inject' &&
      !('control' in e && SKIP_CONTROLS.has(e.control)) &&
      !(e.type === 'user.set' && e.control === 'setpoint' && e.value === '125'),
  );

/** Every threshold the process model reports. */
export const AUTOCLAVE_SIGNALS: readonly ProcessSignal[] = ['pressureUp', 'pressureZero', 'safetyLift', 'cure.partial', 'cure.good', 'cure.over', 'cool'].map(
  (signal) => ({ type: 'process.signal', signal }),
);

/**
 * The part of a snapshot that decides what can happen next, kept coarse so the exhaustive tests
 * stay small: the state value, the door, the vent, the pressure switch, the e-stop, and where they
 * matter the cure class (rack inside), the settings (before steam) and the result (rack out).
 * Left out: check marks, counters, the gloves, the "hot" flag and the recorder's cure-done mark
 * (they decide mistakes and texts, not what the chart may do).
 */
export function autoclaveExplorationKey(s: SnapshotFrom<AutoclaveMachine>): string {
  const c = s.context;
  const idle = s.matches({ vessel: 'idle' });
  const out = s.matches({ work: 'unloaded' });
  return JSON.stringify([
    s.value,
    c.door,
    c.ventOpen,
    c.pressurised,
    c.cartIn ? c.cure : null,
    idle || s.matches({ vessel: 'heating' }) ? [c.setpointC > 140, c.cureMin] : null,
    out ? [c.result, c.condensate] : null,
  ]);
}
