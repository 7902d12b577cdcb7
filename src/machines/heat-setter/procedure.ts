import type { AnyMachineSnapshot } from 'xstate';
import { inspect, press, release, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import type { HeatSetterContext } from './chart/types.ts';
import { TICKET_STEAM, WORK_TICKET } from './constants.ts';
import { count } from './line.ts';

/** The line operator's procedure of §11.3 as steps over the chart; hints include each step's preconditions. */

const ctx = (s: AnyMachineSnapshot) => s.context as HeatSetterContext;
const T = { heat: WORK_TICKET.heatTempC.min, chill: WORK_TICKET.chillTempC.min, speed: WORK_TICKET.speedMMin.min };

/** An e-stop is recovered first (mushroom twisted out, cord reset, then RESET). */
function recoverEstop(s: AnyMachineSnapshot): GladiEvent[] {
  if (!s.hasTag('estop')) return [];
  const c = ctx(s);
  if (c.estopDown) return [release('estop')];
  if (c.cordPulled) return [release('pullCord')];
  return [press('reset')];
}
const first = (...lists: GladiEvent[][]): GladiEvent[] => lists.find((l) => l.length > 0) ?? [];

function ticketHints(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const out: GladiEvent[] = [];
  if (c.heatTempC !== T.heat) out.push(set('heatTemp', T.heat));
  if (c.steam !== TICKET_STEAM) out.push(set('steam', TICKET_STEAM));
  if (c.speedMMin !== T.speed) out.push(set('conveyorSpeed', T.speed));
  if (c.chillTempC !== T.chill) out.push(set('chillTemp', T.chill));
  return out;
}
const onTicket = (s: AnyMachineSnapshot) => ticketHints(s).length === 0;

/** Power, fan, heat and cold on (the fan first: the heater needs it). */
function switchedOn(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (!c.isolatorOn) return [set('isolator', 'on')];
  if (!c.fanOn) return [set('fan', 'on')];
  if (!c.heatOn) return [press('heatOn')];
  if (!c.chillerOn) return [press('chillerOn')];
  return [];
}
const bothReady = (s: AnyMachineSnapshot) => s.hasTag('heatReady') && s.hasTag('chillReady');
const running = (s: AnyMachineSnapshot): GladiEvent[] => (s.hasTag('conveyorRunning') ? [] : [press('conveyorStart')]);
const hadShoe = (s: AnyMachineSnapshot) => ctx(s).line.nextId > 1;

const steps: StepSpec[] = [
  { id: 'checkTunnel', done: (s) => ctx(s).checks.tunnel, hints: () => [inspect('tunnel')] },
  { id: 'switchOn', done: (s) => s.hasTag('heatReady') || s.hasTag('heating') || hadShoe(s), hints: (s) => first(recoverEstop(s), switchedOn(s)) },
  { id: 'setTicket', done: onTicket, hints: (s) => first(recoverEstop(s), ticketHints(s)), liveUntil: 'loadShoe' },
  // Waiting for both READY lamps: nothing to press, the session's wait does it.
  { id: 'waitReady', done: (s) => bothReady(s) || hadShoe(s), hints: (s) => first(recoverEstop(s), switchedOn(s)) },
  { id: 'startConveyor', done: (s) => s.hasTag('conveyorRunning') || hadShoe(s), hints: (s) => first(recoverEstop(s), [press('conveyorStart')]) },
  { id: 'loadShoe', done: hadShoe, hints: (s) => first(recoverEstop(s), running(s), [press('loadShoe')]) },
  {
    id: 'unloadToChiller',
    done: (s) => count(ctx(s).line, 'chill') + count(ctx(s).line, 'out') > 0 || ctx(s).lastVerdict !== null,
    hints: (s) => first(recoverEstop(s), running(s), count(ctx(s).line, 'exit') > 0 ? [press('unloadShoe')] : []),
  },
  { id: 'delast', done: (s) => ctx(s).lastVerdict !== null, hints: (s) => (count(ctx(s).line, 'out') > 0 ? [press('delast')] : first(recoverEstop(s), running(s))) },
  { id: 'checkShape', done: (s) => ctx(s).checks.shape, hints: () => [inspect('shape')] },
  // Shutdown: belt stopped, heaters off first, fans run on (a wait), then the fan off.
  {
    id: 'heatOffFansRunOn',
    done: (s) => ctx(s).lastVerdict !== null && !ctx(s).heatOn && !ctx(s).fanOn,
    hints: (s) => {
      const c = ctx(s);
      if (s.hasTag('conveyorRunning')) return [press('conveyorStop')];
      if (c.heatOn) return [press('heatOff')];
      return s.hasTag('fanRunOn') ? [] : [set('fan', 'off')];
    },
  },
  { id: 'defrost', done: (s) => ctx(s).defrosted, hints: (s) => (ctx(s).chillerOn ? [press('chillerOff')] : s.hasTag('defrosting') ? [] : [press('defrost')]) },
  { id: 'drain', done: (s) => ctx(s).drained, hints: () => [press('drain')] },
  { id: 'isolatorOff', done: (s) => s.hasTag('complete'), hints: () => [set('isolator', 'off')] },
];

const ids = steps.map((st) => st.id);
/** Each step after the one before it, except the check of the tunnel, which may come any time before loading. */
const order = ids.slice(1).map((id, i) => [ids[i] as string, id] as const).filter(([a]) => a !== 'checkTunnel');

export const heatSetterProcedure: ProcedureSpec = { steps, order: [...order, ['checkTunnel', 'loadShoe']] };
