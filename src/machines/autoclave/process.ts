import type { SnapshotFrom } from 'xstate';
import type { ProcessModel } from '../../engine/continuous.ts';
import { PROCESS_STEP_MS } from './constants.ts';
import { COLD_VESSEL, freshBatch, stepVessel, type VesselState } from './physics.ts';
import type { AutoclaveMachine } from './machine.ts';

type Snap = SnapshotFrom<AutoclaveMachine>;
/** The vessel, and which batch on the cart its cure dose belongs to. */
export type AutoclaveProcess = VesselState & { readonly batch: number };

/**
 * Temperature and pressure rise and decay continuously on the session clock (physics.ts). The
 * process runs on its own, with no hand in it: a declared long wait (heat-up, hold) may be
 * fast-forwarded while it steps, and it keeps stepping under the e-stop, which vents the tank.
 */
export const autoclaveProcess: ProcessModel<AutoclaveProcess, Snap> = {
  stepMs: PROCESS_STEP_MS,
  unattended: true,
  initial: { ...COLD_VESSEL, batch: 0 },
  active: (s) => s.context.supplyOpen || s.context.pressurised || s.context.hot,
  step(state, _inputs, dtMs, s) {
    const { state: next, signals } = stepVessel(state, s.context, dtMs / 1000);
    return { state: { ...next, batch: state.batch }, signals: signals.map((signal) => ({ type: 'process.signal' as const, signal })) };
  },
  reset: (state, s) => (s.context.batch === state.batch ? state : { ...freshBatch(state), batch: s.context.batch }),
};
