import type { AnyMachineSnapshot } from 'xstate';
import type { ControlSpec, GladiEvent, MachineModule } from './machineModule.ts';

/** A control is "held" when it has a press and a release (two-hand buttons, e-stop mushroom). */
export const isHoldControl = (c: ControlSpec): boolean =>
  c.events.some((e) => e.type === 'user.press') && c.events.some((e) => e.type === 'user.release');

/**
 * What a tap on a control means right now, shared by the 3D model and the HTML panel:
 * a held control toggles (press ↔ release); a selector offers the positions it is not in.
 * `options` are the events the chart would accept; `fallback` is sent when there are none, so the
 * attempt is logged and its refusal explained.
 */
export function tapOptions(module: MachineModule, snapshot: AnyMachineSnapshot, control: ControlSpec): { options: GladiEvent[]; fallback: GladiEvent } {
  const current = module.readControl(snapshot, control.id);
  const holdType = current === 'pressed' ? 'user.release' : 'user.press';
  const candidates = isHoldControl(control)
    ? control.events.filter((e) => e.type === holdType)
    : control.events.filter((e) => e.type !== 'user.set' || e.value !== current);
  const first = candidates[0] ?? control.events[0];
  if (!first) throw new Error(`control ${control.id} has no events`);
  return { options: candidates.filter((e) => snapshot.can(e)), fallback: first };
}
