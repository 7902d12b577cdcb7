import type { AnyMachineSnapshot } from 'xstate';
import { press, release, inspect, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import { filmOutcome, jackFits } from './bondQuality.ts';
import {
  AIR_MIN_BAR,
  JACK_POSITION_IDS,
  TICKET_PRESSURE_BAR,
  TICKET_PRESS_TIME_S,
  TICKET_REACTIVATOR_TEMP_C,
  TICKET_REACTIVATOR_TIME_S,
  WORK_TICKET,
  WORK_TICKET_SIZE_EU,
  inTicketWindow,
} from './constants.ts';
import type { InspectPoint, SolePressContext } from './chart/types.ts';

/**
 * The operating procedure of domain brief §10.2–10.4 as steps over the chart: pre-operation
 * checks (filter, pad, and the work as it arrives from bottom preparation), air, reactivator and
 * press set-up, the sensor test on an empty pad, then one sole reactivated, laid, pressed, its
 * edges checked and taken off, then shutdown. The press is switched on before the cement is
 * heated (the open time is short); the jacks, press time and pressure may be set before heating
 * or after laying the sole (brief S33), as long as it is before pressing. Hints include each
 * step's preconditions; the engine keeps only what the chart accepts.
 */


const ctx = (s: AnyMachineSnapshot) => s.context as SolePressContext;
const at = (s: AnyMachineSnapshot, v: object) => s.matches(v as never);
const TICKET_JACK = JACK_POSITION_IDS.find((p) => jackFits(p, WORK_TICKET_SIZE_EU)) ?? 'medium';

// A setting counts as done only when it is what the work ticket states (not merely "would bond").
const pressureOk = (c: SolePressContext) => inTicketWindow(WORK_TICKET.regulatorBar, c.regulatorBar);
const pressTimeOk = (c: SolePressContext) => inTicketWindow(WORK_TICKET.pressTimeS, c.pressTimeS);
const jacksOk = (c: SolePressContext) => jackFits(c.toeJack, WORK_TICKET_SIZE_EU) && jackFits(c.heelJack, WORK_TICKET_SIZE_EU);
const reactivatorTempOk = (c: SolePressContext) => inTicketWindow(WORK_TICKET.reactivatorTempC, c.reactivatorTempC);
const reactivatorTimeOk = (c: SolePressContext) => inTicketWindow(WORK_TICKET.reactivatorTimeS, c.reactivatorTimeS);
const reactivatorSetOk = (c: SolePressContext) => reactivatorTempOk(c) && reactivatorTimeOk(c);
const filmOk = (c: SolePressContext) => c.film !== null && filmOutcome(c.film, c.adhesiveDead) === 'good';
const cycling = (s: AnyMachineSnapshot) => at(s, { press: { powered: 'cycle' } });

/** An e-stop is recovered first (both mushrooms out, then RESET) before anything else. */
function recoverEstop(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (at(s, { safety: { estopped: 'latched' } }))
    return [...(c.estopDown.press ? [release('estop')] : []), ...(c.estopDown.reactivator ? [release('reactivatorEstop')] : [])];
  if (at(s, { safety: { estopped: 'released' } })) return [press('reset')];
  return [];
}
const afterRecovery =
  (hints: (s: AnyMachineSnapshot) => GladiEvent[]) =>
  (s: AnyMachineSnapshot): GladiEvent[] => {
    const r = recoverEstop(s);
    return r.length ? r : hints(s);
  };

/** A worn pad is replaced with the air shut and nothing on the pad. */
function toPadFixed(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (!c.padWorn) return [];
  if (s.hasTag('shoeOnPad')) return cycling(s) ? [] : [set('shoe', 'removed')];
  if (c.airValveOpen) return [set('airLineValve', 'closed')];
  return [press('replacePad')];
}

/** The pre-operation sensor test: the test rod into the beam of the ready press (it must block it). */
function toSensorTest(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (cycling(s)) return [];
  if (!c.airValveOpen) return [set('airLineValve', 'open')];
  if (c.airSupplyLow) return [press('compressor')];
  if (c.regulatorBar < AIR_MIN_BAR) return [set('airRegulator', TICKET_PRESSURE_BAR)];
  if (!c.mainOn) return [set('mainSwitch', 'on')];
  if (c.zoneObstructed) return [press('clearZone')];
  return [press('sensorTestRod')];
}

/** Air, press and reactivator ready for the ticket, or the first thing to put right. */
function toStationReady(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const pad = toPadFixed(s);
  if (pad.length) return pad;
  if (c.soleSurface !== 'prepared' && at(s, { work: 'atBench' })) return [press('reprepareSole')];
  if (!c.airValveOpen) return [set('airLineValve', 'open')];
  if (c.airSupplyLow) return [press('compressor')];
  if (!pressureOk(c)) return [set('airRegulator', TICKET_PRESSURE_BAR)];
  if (c.zoneObstructed) return [press('clearZone')];
  if (!c.mainOn) return [set('mainSwitch', 'on')];
  if (!pressTimeOk(c)) return [set('pressTime', TICKET_PRESS_TIME_S)];
  if (!jackFits(c.toeJack, WORK_TICKET_SIZE_EU)) return [set('toeJack', TICKET_JACK)];
  if (!jackFits(c.heelJack, WORK_TICKET_SIZE_EU)) return [set('heelJack', TICKET_JACK)];
  const activating = at(s, { reactivator: { on: 'activating' } });
  if (c.reactivatorFault && !activating) return c.reactivatorSwitchOn ? [set('reactivatorSwitch', 'off')] : [press('repairReactivator')];
  if (!reactivatorSetOk(c) && !activating) {
    return !reactivatorTempOk(c) ? [set('reactivatorTemp', TICKET_REACTIVATOR_TEMP_C)] : [set('reactivatorTimer', TICKET_REACTIVATOR_TIME_S)];
  }
  if (!c.reactivatorSwitchOn) return [set('reactivatorSwitch', 'on')];
  return [];
}

/** The whole path to one well-bonded sole: [] while the machines are busy (a wait). */
function toGoodSole(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const r = recoverEstop(s);
  if (r.length) return r;
  if (cycling(s) || at(s, { work: 'pressing' })) return [];
  if (at(s, { work: 'bonded' })) return c.checks.soleEdges ? [set('shoe', 'removed')] : [inspect('soleEdges')];
  // A film gone dead under a laid sole: peel it off and heat it again (the open time runs on).
  if (c.adhesiveDead && (at(s, { work: { open: 'soleLaid' } }) || at(s, { work: { open: 'onPad' } }))) return [press('peelSole')];
  const station = toStationReady(s);
  if (station.length) return station;
  const ready = at(s, { reactivator: { on: 'ready' } });
  if (at(s, { work: 'atBench' })) return ready ? [set('tray', 'in')] : [];
  if (at(s, { work: 'inReactivator' })) return [];
  if (at(s, { work: { open: 'inTray' } })) return [set('tray', 'out')];
  if (at(s, { work: { open: 'inHand' } })) return filmOk(c) ? [press('laySole')] : ready ? [set('tray', 'in')] : [];
  if (at(s, { work: { open: 'soleLaid' } })) return [set('shoe', 'onPad')];
  // On the pad: hands out, then START (MANUAL) — in AUTO withdrawing the hands closes the cover.
  if (c.handsInZone) return [release('handsZone')];
  return c.mode === 'manual' ? [press('start')] : [press('handsZone')];
}

const check = (id: string, point: InspectPoint, fix: (s: AnyMachineSnapshot) => GladiEvent[]): StepSpec => ({
  id,
  group: 'checks',
  done: (s) => ctx(s).checks[point],
  hints: afterRecovery((s) => {
    const f = fix(s);
    return f.length ? f : [inspect(point)];
  }),
});

export const solePressProcedure: ProcedureSpec = {
  steps: [
    check('checkFilter', 'filterBowl', (s) => (ctx(s).waterInBowl ? [press('filterDrain')] : [])),
    check('checkPad', 'pad', toPadFixed),
    check('checkUpperPrep', 'upperPrep', () => []),
    check('checkSolePrep', 'solePrep', (s) => (ctx(s).soleSurface !== 'prepared' ? [press('reprepareSole')] : [])),
    { id: 'openAir', done: (s) => ctx(s).airValveOpen, hints: afterRecovery(() => [set('airLineValve', 'open')]) },
    {
      id: 'setPressure',
      done: (s) => pressureOk(ctx(s)) && !ctx(s).airSupplyLow,
      liveUntil: 'pressSole',
      hints: afterRecovery((s) => (ctx(s).airSupplyLow ? [press('compressor')] : [set('airRegulator', TICKET_PRESSURE_BAR)])),
    },
    {
      id: 'setReactivator',
      done: (s) => reactivatorSetOk(ctx(s)),
      liveUntil: 'pressSole',
      hints: afterRecovery((s) => [
        ...(reactivatorTempOk(ctx(s)) ? [] : [set('reactivatorTemp', TICKET_REACTIVATOR_TEMP_C)]),
        ...(reactivatorTimeOk(ctx(s)) ? [] : [set('reactivatorTimer', TICKET_REACTIVATOR_TIME_S)]),
      ]),
    },
    { id: 'reactivatorOn', done: (s) => ctx(s).reactivatorSwitchOn, hints: afterRecovery(() => [set('reactivatorSwitch', 'on')]) },
    { id: 'pressOn', done: (s) => ctx(s).mainOn, hints: afterRecovery(() => [set('mainSwitch', 'on')]) },
    { id: 'setPressTime', done: (s) => pressTimeOk(ctx(s)), liveUntil: 'pressSole', hints: afterRecovery(() => [set('pressTime', TICKET_PRESS_TIME_S)]) },
    {
      id: 'setJacks',
      done: (s) => jacksOk(ctx(s)),
      hints: afterRecovery((s) =>
        [set('toeJack', TICKET_JACK), set('heelJack', TICKET_JACK)].filter((e) => e.type === 'user.set' && ctx(s)[e.control as 'toeJack' | 'heelJack'] !== e.value),
      ),
    },
    { id: 'testSensor', done: (s) => ctx(s).tests.sensorTrip, hints: afterRecovery(toSensorTest) },
    /** Heat the cement: wait for the ready lamp, tray in, wait out the timer. */
    { id: 'reactivate', done: (s) => filmOk(ctx(s)), hints: toGoodSole },
    {
      id: 'laySole',
      done: (s) => at(s, { work: { open: 'soleLaid' } }) || s.hasTag('shoeOnPad') || ctx(s).goodSoles > 0,
      hints: toGoodSole,
    },
    { id: 'placeShoe', done: (s) => s.hasTag('shoeOnPad') || ctx(s).goodSoles > 0, hints: toGoodSole },
    { id: 'pressSole', done: (s) => ctx(s).lastBond?.outcome === 'good', hints: toGoodSole },
    // Sticky once done; the chart clears the check mark for every newly pressed shoe.
    { id: 'checkSoleEdges', done: (s) => at(s, { work: 'bonded' }) && ctx(s).checks.soleEdges, hints: toGoodSole },
    {
      id: 'removeShoe',
      done: (s) => ctx(s).goodSoles > 0,
      hints: (s) => (at(s, { work: 'bonded' }) && !cycling(s) ? afterRecovery(() => [set('shoe', 'removed')])(s) : toGoodSole(s)),
    },
    {
      id: 'shutdown',
      done: (s) => s.hasTag('complete'),
      hints: afterRecovery((s) => {
        const c = ctx(s);
        if (cycling(s)) return [];
        if (s.hasTag('shoeOnPad')) return [set('shoe', 'removed')];
        if (c.reactivatorSwitchOn) return [set('reactivatorSwitch', 'off')];
        if (c.mainOn) return [set('mainSwitch', 'off')];
        return c.airValveOpen ? [set('airLineValve', 'closed')] : [];
      }),
    },
  ],
  order: [
    ['checkFilter', 'pressSole'],
    ['checkPad', 'pressSole'],
    // The work is checked as it arrives, before its cement is heated.
    ['checkUpperPrep', 'reactivate'],
    ['checkSolePrep', 'reactivate'],
    ['setReactivator', 'reactivate'],
    // The press must be on before the cement is heated: the open time is short.
    ['pressOn', 'reactivate'],
    // Set before heating or after laying the sole (brief S33): before pressing either way.
    ['setPressure', 'pressSole'],
    ['setPressTime', 'pressSole'],
    ['setJacks', 'pressSole'],
    ['testSensor', 'pressSole'],
    ['checkSoleEdges', 'removeShoe'],
  ],
};
