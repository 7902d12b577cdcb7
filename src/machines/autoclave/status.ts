import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { inState as at, statusLine as line } from '../../engine/statusLine.ts';
import type { AutoclaveMachine } from './machine.ts';

type Snap = SnapshotFrom<AutoclaveMachine>;

/** The status line: the most important thing the artisan should know now, first match wins. */
export function autoclaveStatus(s: Snap): StatusLine {
  const c = s.context;
  if (c.estopDown) return line(c.pressurised ? 'status.estopPressure' : 'status.estop', 'danger');
  if (c.safetyLifted && c.supplyOpen) return line('status.safetyLifting', 'danger');
  if (c.sealLeak && c.supplyOpen) return line('status.sealLeaking', 'danger');
  if (at(s, 'vessel.heating')) return line('status.heating', 'warn', { c: c.setpointC });
  if (at(s, 'vessel.holding')) return line('status.holding', 'warn', { c: c.setpointC, min: c.cureMin });
  if (at(s, 'vessel.cureDone')) return line('status.cureDone', 'warn');
  if (c.pressurised) return line(c.ventOpen && c.ventStuck ? 'status.ventStuck' : c.ventOpen ? 'status.venting' : 'status.shutIn', 'warn');
  if (at(s, 'work.complete')) return line('status.complete', 'ok');
  if (at(s, 'work.unloaded')) return line(`status.result.${c.result ?? 'raw'}`, c.result === 'good' ? 'ok' : 'warn');
  if (c.door === 'locked') return line(c.cureTimerDone ? 'status.zeroUnlock' : 'status.readyForSteam', 'info');
  if (c.door === 'closed') return line('status.doorClosed');
  if (at(s, 'work.inside')) return line(c.cureTimerDone ? 'status.unload' : 'status.closeDoor');
  return line(c.controllerOn ? 'status.loadCart' : 'status.off');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');

/** Why an event the chart did not accept changed nothing. */
export function autoclaveRefusal(s: Snap, e: GladiEvent): StatusLine {
  const c = s.context;
  const id = controlOf(e);
  const v = e.type === 'user.set' ? e.value : '';
  if (id === 'supplyValve' && v === 'open') {
    if (c.estopDown) return line('refusal.estop', 'danger');
    if (c.door !== 'locked') return line('refusal.doorNotLocked', 'danger');
    if (!c.controllerOn) return line('refusal.controllerOff', 'warn');
  }
  if (id === 'doorLock' && v === 'unlocked' && c.door === 'locked') {
    if (c.pressurised) return line('refusal.pressureOnGauge', 'danger');
    if (c.supplyOpen) return line('refusal.supplyOpen', 'danger');
    if (!c.ventOpen) return line('refusal.ventClosed', 'warn');
  }
  if ((id === 'door' || id === 'cart') && c.door === 'locked') return line('refusal.doorLocked', 'warn');
  if (id === 'cart' && c.door !== 'open') return line('refusal.doorNotOpen', 'warn');
  if (id === 'doorLock' && v === 'locked' && c.door === 'open') return line('refusal.doorNotOpen', 'warn');
  if ((id === 'setpoint' || id === 'cureTime') && c.supplyOpen) return line('refusal.settingsLocked', 'warn');
  if (id === 'ventValve' && c.estopDown) return line('refusal.estop', 'warn');
  if ((id === 'drain' || id === 'freeVent' || id === 'replaceSeal') && c.pressurised) return line('refusal.pressureOnGauge', 'danger');
  return line('refusal.nothing');
}

/** Current position of a selector-like control. */
export function readAutoclaveControl(s: Snap, id: string): string | undefined {
  const c = s.context;
  switch (id) {
    case 'controller':
      return c.controllerOn ? 'on' : 'off';
    case 'setpoint':
      return String(c.setpointC);
    case 'cureTime':
      return String(c.cureMin);
    case 'supplyValve':
      return c.supplyOpen ? 'open' : 'closed';
    case 'ventValve':
      return c.ventOpen ? 'open' : 'closed';
    case 'safetyLever':
      return c.reliefOpen ? 'lifted' : 'seated';
    case 'door':
      return c.door === 'open' ? 'open' : 'closed';
    case 'doorLock':
      return c.door === 'locked' ? 'locked' : 'unlocked';
    case 'cart':
      return c.cartIn ? 'in' : 'out';
    case 'gloves':
      return c.gloves ? 'on' : 'off';
    default:
      return undefined;
  }
}
