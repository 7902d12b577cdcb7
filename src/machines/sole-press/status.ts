import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { inState as at, statusLine as line } from '../../engine/statusLine.ts';
import { AMBIENT_C, AIR_MIN_BAR, HOLD_TICK_MS, REACTIVATION_TICK_MS } from './constants.ts';
import { airPressureBar, filmTempFor } from './chart/derived.ts';
import type { SolePressMachine } from './machine.ts';

type Snap = SnapshotFrom<SolePressMachine>;

const seconds = (n: number) => Number(n.toFixed(1));
const holdLeftS = (s: Snap) => seconds((s.context.holdTicksLeft * HOLD_TICK_MS) / 1000);
const exposureLeftS = (s: Snap) => seconds((s.context.reactTicksLeft * REACTIVATION_TICK_MS) / 1000);

/** Why the press will not cycle for lack of air, as a status key suffix. */
function airProblem(s: Snap): 'airValveClosed' | 'airSupplyLow' | 'regulatorLow' | null {
  const c = s.context;
  if (!c.airValveOpen) return 'airValveClosed';
  if (c.airSupplyLow) return 'airSupplyLow';
  if (c.regulatorBar < AIR_MIN_BAR) return 'regulatorLow';
  return null;
}

/** The status line: the most important thing the artisan should know now, first match wins. */
export function solePressStatus(s: Snap): StatusLine {
  const c = s.context;
  if (at(s, 'safety.estopped.latched')) return line('status.estopLatched', 'danger');
  if (at(s, 'safety.estopped.released')) return line('status.estopReleased', 'warn');
  // The press cycle.
  if (at(s, 'press.powered.cycle.closing')) return line('status.coverClosing', 'danger');
  if (at(s, 'press.powered.cycle.pressed.pressurising')) return line('status.pressurising', 'danger', { bar: c.regulatorBar });
  if (at(s, 'press.powered.cycle.pressed.holding')) return line('status.holding', 'danger', { seconds: holdLeftS(s) });
  if (at(s, 'press.powered.cycle.exhausting')) return line('status.exhausting', 'warn');
  if (at(s, 'press.powered.cycle.opening')) return c.lastStop ? line(`status.stopped.${c.lastStop}`, 'warn') : line('status.opening');
  // The result, once the cover is up.
  // The result, found by the edge check (with its remedy) once the cover is up.
  if (at(s, 'work.bonded') && c.lastBond) {
    if (!c.checks.soleEdges) return line('status.bonded.checkEdges');
    return line(`status.bonded.${c.lastBond.cause}`, c.lastBond.outcome === 'good' ? 'ok' : 'warn');
  }
  if (at(s, 'press.powered.zoneBlocked')) return c.testRodInBeam ? line('status.sensorTestPassed', 'ok') : line('status.zoneBlocked', 'warn');
  if (at(s, 'work.open') && c.adhesiveDead)
    return line(at(s, 'work.open.inTray') || at(s, 'work.open.inHand') ? 'status.adhesiveDeadReactivate' : 'status.adhesiveDead', 'warn');
  // The bench check found the sole badly prepared: it goes back before it is heated.
  if (at(s, 'work.atBench') && c.soleFinding) return line(`status.solePrep.${c.soleFinding}`, 'warn');
  // The work, step by step.
  if (at(s, 'work.inReactivator')) return line('status.activating', 'info', { seconds: exposureLeftS(s) });
  if (at(s, 'work.open.inTray')) return line('status.takeFromTray', 'ok');
  if (at(s, 'work.open.inHand')) return line('status.laySole');
  if (at(s, 'work.open.soleLaid')) return line(s.hasTag('powered') ? 'status.placeShoe' : 'status.placeShoePressOff');
  if (at(s, 'work.open.onPad')) {
    if (!s.hasTag('powered')) return line('status.pressOff', 'warn');
    const air = airProblem(s);
    if (air) return line(`status.${air}`, 'warn');
    if (c.lastStop) return line(`status.stopped.${c.lastStop}`, 'warn');
    if (c.mode === 'auto') return line(c.handsInZone ? 'status.autoWithdrawHands' : 'status.autoReachAgain');
    return line(c.handsInZone ? 'status.manualWithdrawHands' : 'status.manualPressStart', 'ok');
  }
  // At the bench: each machine on or off, or the shift winding down (a good sole made, one machine off).
  if (at(s, 'press.off.shutDown')) return line('status.shiftDone', 'ok');
  const pressOn = s.hasTag('powered');
  const reactivatorOn = s.hasTag('reactivatorOn');
  const windingDown = c.goodSoles > 0 && (!reactivatorOn || !pressOn);
  const air = pressOn ? airProblem(s) : null;
  if (air && !windingDown) return line(`status.${air}`, 'warn');
  if (at(s, 'reactivator.on.warming')) return line('status.warming', 'info', { celsius: c.reactivatorTempC });
  if (windingDown) return line('status.shutDownRest', 'ok');
  if (at(s, 'reactivator.on.ready')) return pressOn ? line('status.loadTray', 'ok') : line('status.loadTrayPressOff', 'warn');
  if (pressOn) return line('status.pressOnReactivatorOff');
  return line('status.off');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');
const PRESS_SETTINGS = new Set(['airRegulator', 'pressTime', 'modeSelector', 'toeJack', 'heelJack']);

/** Why an event changed nothing: read from the state the chart is in, never re-deciding guards. */
export function solePressRefusal(s: Snap, e: GladiEvent): StatusLine {
  const c = s.context;
  const control = controlOf(e);
  const cycling = at(s, 'press.powered.cycle');
  if (e.type === 'fault.inject') return line('refusal.faultNotNow');
  if (s.hasTag('estop')) {
    if (control === 'reset') return line('refusal.estopStillLatched', 'warn');
    return line('refusal.estop', 'danger');
  }
  if (control === 'reset') return line('refusal.nothingToReset');
  if (cycling && (PRESS_SETTINGS.has(control) || control === 'shoe' || control === 'start' || control === 'peelSole'))
    return line('refusal.coverDown', 'warn');
  switch (control) {
    case 'start': {
      if (!s.hasTag('powered')) return line('refusal.pressOff', 'warn');
      const air = airProblem(s);
      if (air) return line(`refusal.${air}`, 'warn');
      if (at(s, 'press.powered.zoneBlocked')) return line('refusal.zoneBlocked', 'warn');
      if (c.mode === 'auto') return line('refusal.autoMode');
      if (!at(s, 'work.open.onPad')) return line(at(s, 'work.bonded') ? 'refusal.alreadyPressed' : 'refusal.noShoeOnPad', 'warn');
      if (c.handsInZone) return line('refusal.handsInZone', 'danger');
      return line('refusal.nothingHappens');
    }
    case 'stop':
      return line(cycling ? 'refusal.alreadyOpening' : 'refusal.nothingToStop');
    case 'reactivatorTemp':
    case 'reactivatorTimer':
      return line(at(s, 'reactivator.on.activating') ? 'refusal.activating' : 'refusal.nothingHappens', 'warn');
    case 'tray': {
      const v = e.type === 'user.set' ? e.value : '';
      if (v === 'in') {
        if (at(s, 'work.inReactivator') || at(s, 'work.open.inTray')) return line('refusal.trayAlreadyIn');
        if (!at(s, 'work.atBench') && !at(s, 'work.open.inHand')) return line('refusal.soleAlreadyLaid', 'warn');
        if (at(s, 'reactivator.off')) return line('refusal.reactivatorOff', 'warn');
        if (at(s, 'reactivator.on.warming')) return line('refusal.reactivatorWarming', 'warn');
        return line('refusal.nothingHappens');
      }
      return line('refusal.trayEmpty');
    }
    case 'laySole':
      if (at(s, 'work.atBench')) return line('refusal.reactivateFirst', 'warn');
      if (at(s, 'work.inReactivator') || at(s, 'work.open.inTray')) return line('refusal.takeFromTrayFirst');
      return line('refusal.soleAlreadyLaid');
    case 'shoe': {
      const v = e.type === 'user.set' ? e.value : '';
      if (v === 'onPad') {
        if (s.hasTag('shoeOnPad')) return line('refusal.shoeAlreadyOnPad');
        if (at(s, 'work.atBench')) return line('refusal.reactivateFirst', 'warn');
        return line('refusal.laySoleFirst', 'warn');
      }
      return line('refusal.noShoeOnPad');
    }
    case 'filterDrain':
      return line('refusal.noWater');
    case 'compressor':
      return line('refusal.airSupplyOk');
    case 'clearZone':
      return line('refusal.zoneClear');
    case 'replacePad':
      if (c.airValveOpen) return line('refusal.closeAirFirst', 'warn');
      return line('refusal.removeShoeFirst', 'warn');
    case 'repairReactivator':
      if (c.reactivatorFault === null) return line('refusal.reactivatorOk');
      return line('refusal.switchReactivatorOff', 'warn');
    case 'soleEdges':
      return line('refusal.nothingPressedYet');
    case 'upperPrep':
    case 'solePrep':
      return line('refusal.checkAtBench');
    case 'reprepareSole':
      return line(at(s, 'work.atBench') ? 'refusal.solePrepared' : 'refusal.checkAtBench');
    case 'peelSole':
      return line('refusal.noSoleToPeel');
    case 'sensorTestRod':
      if (c.testRodInBeam) return line('refusal.testRodAlreadyIn');
      if (!s.hasTag('powered')) return line('refusal.pressOff', 'warn');
      if (at(s, 'press.powered.zoneBlocked')) return line('refusal.zoneBlocked', 'warn');
      if (cycling) return line('refusal.coverDown', 'warn');
      return airProblem(s) ? line(`refusal.${airProblem(s)}`, 'warn') : line('refusal.nothingHappens');
    default:
      return line('refusal.nothingHappens');
  }
}

/** Current positions of selector-like controls (and held/latched ones). */
export function readSolePressControl(s: Snap, controlId: string): string | undefined {
  const c = s.context;
  switch (controlId) {
    case 'airLineValve':
      return c.airValveOpen ? 'open' : 'closed';
    case 'airRegulator':
      return String(c.regulatorBar);
    case 'mainSwitch':
      return c.mainOn ? 'on' : 'off';
    case 'modeSelector':
      return c.mode;
    case 'pressTime':
      return String(c.pressTimeS);
    case 'toeJack':
      return c.toeJack;
    case 'heelJack':
      return c.heelJack;
    case 'reactivatorSwitch':
      return c.reactivatorSwitchOn ? 'on' : 'off';
    case 'reactivatorTemp':
      return String(c.reactivatorTempC);
    case 'reactivatorTimer':
      return String(c.reactivatorTimeS);
    case 'tray':
      // In while the work lies on it under the lamps (timing, or timed out and waiting to be taken).
      return s.hasTag('workInReactivator') ? 'in' : 'out';
    case 'shoe':
      return s.hasTag('shoeOnPad') ? 'onPad' : 'removed';
    case 'estop':
      return c.estopDown.press ? 'pressed' : 'out';
    case 'reactivatorEstop':
      return c.estopDown.reactivator ? 'pressed' : 'out';
    case 'handsZone':
      // A held control: the panel toggles on 'pressed' (hands in the zone) / 'out'.
      return c.handsInZone ? 'pressed' : 'out';
    default:
      return undefined;
  }
}

/**
 * Targets for the 3D view, read once per snapshot with a selector: the view damps each part
 * toward its target in `useFrame` (times in constants.ts: COVER_CLOSE_MS, PRESSURE_BUILD_MS…).
 */
export interface SolePressReadouts {
  /** 0 = cover up (open), 1 = down and latched. */
  readonly coverClosed: 0 | 1;
  /** 0 = pad at rest, 1 = inflated against the shoe. */
  readonly padInflated: 0 | 1;
  /** Press gauge target, bar: the air pressure fed to the pad (line pressure up to the regulator setpoint), not the pressure the shoe feels (§2.1). */
  readonly pressGaugeBar: number;
  /** Filter-regulator gauge, bar (regulated air; 0 with the line valve shut). */
  readonly airGaugeBar: number;
  /** Press timer LED: seconds left while holding, else the set time. */
  readonly pressTimerS: number;
  /** Reactivator LED: °C the unit is at or heading for (ramp during `warmingUp`). */
  readonly reactivatorDisplayC: number;
  /** Reactivator timer: seconds left while timing an exposure, else the set time. */
  readonly reactivatorTimerS: number;
  readonly pressPowerLamp: boolean;
  readonly reactivatorReadyLamp: boolean;
  /** IR tubes: off, standby glow (at temperature) or full (warming up / exposing). */
  readonly irLamps: 'off' | 'standby' | 'full';
  /** The sensor beam is broken (hands in the zone or an object in it). */
  readonly sensorBeamBroken: boolean;
  /** The tray is pushed in under the lamps (it is in exactly while the work lies on it). */
  readonly trayIn: boolean;
  /** Sole and shoe lie on the tray, under the lamps. */
  readonly workOnTray: boolean;
  readonly shoeOnPad: boolean;
  /** The sole is on the upper (laid by hand, or pressed). */
  readonly soleOnShoe: boolean;
  readonly toeGap: boolean;
  readonly heelGap: boolean;
}

export function solePressReadouts(s: Snap): SolePressReadouts {
  const c = s.context;
  const pressed = at(s, 'press.powered.cycle.pressed');
  const outcome = at(s, 'work.bonded') ? c.lastBond?.outcome : undefined;
  const reactivatorOn = s.hasTag('reactivatorOn');
  return {
    coverClosed: s.hasTag('coverClosing') || s.hasTag('coverClosed') ? 1 : 0,
    padInflated: pressed ? 1 : 0,
    pressGaugeBar: pressed ? c.regulatorBar : 0,
    airGaugeBar: airPressureBar(c),
    pressTimerS: at(s, 'press.powered.cycle.pressed.holding') ? holdLeftS(s) : c.pressTimeS,
    reactivatorDisplayC: reactivatorOn ? filmTempFor(c) : AMBIENT_C,
    reactivatorTimerS: s.hasTag('activating') ? exposureLeftS(s) : c.reactivatorTimeS,
    pressPowerLamp: s.hasTag('powered'),
    reactivatorReadyLamp: s.hasTag('reactivatorReady'),
    irLamps: !reactivatorOn ? 'off' : s.hasTag('reactivatorReady') ? 'standby' : 'full',
    sensorBeamBroken: c.handsInZone || c.zoneObstructed,
    trayIn: s.hasTag('workInReactivator'),
    workOnTray: s.hasTag('workInReactivator'),
    shoeOnPad: s.hasTag('shoeOnPad'),
    soleOnShoe: s.hasTag('shoeOnPad') || at(s, 'work.open.soleLaid'),
    toeGap: outcome === 'toeLifting' || outcome === 'weakBond' || outcome === 'deadAdhesive',
    heelGap: outcome === 'heelLifting' || outcome === 'weakBond' || outcome === 'deadAdhesive',
  };
}
