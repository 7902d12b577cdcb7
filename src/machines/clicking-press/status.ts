import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { inState as at, statusLine as line } from '../../engine/statusLine.ts';
import { hasForceFor } from './cutQuality.ts';
import type { ClickingPressMachine } from './machine.ts';

type Snap = SnapshotFrom<ClickingPressMachine>;


/** The status line: the most important thing the artisan should know now, first match wins. */
export function clickingPressStatus(s: Snap): StatusLine {
  const c = s.context;
  if (at(s, 'power.estopped.latched')) return line('status.estopLatched', 'danger');
  if (at(s, 'power.estopped.released')) return line('status.estopReleased', 'warn');
  if (at(s, 'power.powered.lowOil')) return line('status.lowOil', 'danger');
  if (at(s, 'power.powered.pumpRunning.stroke.descending')) return line('status.stroking', 'danger');
  if (at(s, 'power.powered.pumpRunning.stroke.stopping')) return line('status.strokeStopped', 'warn');
  if (at(s, 'power.powered.pumpRunning.stroke.returning')) return line('status.returning', 'danger');
  if (at(s, 'work.cutIncomplete'))
    return line(c.die && !hasForceFor(c.pressureT, c.die) ? 'status.cutIncompleteForce' : 'status.cutIncomplete', 'warn');
  if (at(s, 'work.boardCutDeep')) return line('status.boardCutDeep', 'warn');
  if ((at(s, 'work.partCut') || at(s, 'work.boardCutDeep')) && c.partFlaw) return line(`status.partFlaw.${c.partFlaw}`, 'warn');
  if (at(s, 'work.partCut') && c.overDeep) return line('status.partCutDeeper', 'warn');
  if (c.finding === 'boardGrooved' && c.boardSpotWorn) return line('status.boardGrooved', 'warn');
  if (c.finding === 'dieBent' && c.dieBent) return line('status.dieBent', 'warn');
  if (at(s, 'power.powered.pumpRunning.blocked'))
    return line(c.blockedBy === 'armAside' ? 'status.blockedArmAside' : 'status.blockedNotTogether', 'warn');
  if (at(s, 'power.powered.pumpRunning.firstPressed')) return line('status.firstPressed', 'info');
  if (at(s, 'power.powered.pumpRunning.waitRelease')) return line('status.waitRelease', 'info');
  if (at(s, 'work.partCut')) return line(s.matches({ arm: 'aside' }) ? 'status.partReady' : 'status.partCutArmOver', 'ok');
  if (at(s, 'power.powered.pumpRunning.ready')) {
    if (s.matches({ arm: 'aside' })) return line('status.readyArmAside', 'ok');
    // Over an empty board a two-hand stroke only tests the press: say so rather than "ready to cut".
    return c.die && c.material ? line('status.readyArmOver', 'ok') : line('status.readyArmOverEmpty');
  }
  if (at(s, 'power.powered.pumpStarting')) return line('status.pumpStarting');
  if (at(s, 'power.powered.pumpOff')) return line('status.pumpOff');
  if (at(s, 'power.off.shiftDone')) return line('status.shiftDone', 'ok');
  if (at(s, 'power.off.reported')) return line('status.oilReported', 'warn');
  // Off: locked out for the oil, or the work done with only the arm left over the board.
  if (c.oilLow) return line('status.offOilLow', 'warn');
  if (c.goodParts > 0 && s.matches({ arm: 'overDie' })) return line('status.offArmOver', 'warn');
  if (c.goodParts > 0) return line('status.offCleanUp', 'warn');
  return line('status.off');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');

/** Why an event changed nothing: read from the state the chart is in, never re-deciding guards. */
export function clickingPressRefusal(s: Snap, e: GladiEvent): StatusLine {
  const control = controlOf(e);
  const hand = control === 'buttonLeft' || control === 'buttonRight';
  if (s.hasTag('estop')) {
    if (control === 'reset') return line('refusal.estopStillLatched', 'warn');
    return line('refusal.estop', 'danger');
  }
  if (control === 'reset') return line('refusal.nothingToReset');
  if (at(s, 'power.off.reported') && control === 'mainSwitch') return line('refusal.lockedOut', 'warn');
  if (s.hasTag('hazard')) return line('refusal.beamMoving', 'warn');
  if (control === 'oilFillCap') return line('refusal.oilIsMechanics', 'warn');
  if (control === 'reportMechanic') return line(s.context.oilLow ? 'refusal.lockOutFirst' : 'refusal.nothingToReport', 'warn');
  if (control === 'modeSelector') return line('refusal.modeKey', 'warn');
  if (control === 'swapDie' && s.context.die !== null && s.matches({ arm: 'aside' })) return line('refusal.dieOnBoard', 'warn');
  if ((control === 'turnBoard' || control === 'swapDie' || control === 'cleanBoard') && s.matches({ arm: 'overDie' }))
    return line('refusal.armOver', 'warn');
  if (at(s, 'power.off') && (hand || control === 'pumpStart' || control === 'pumpStop')) return line('refusal.powerOff', 'warn');
  if (at(s, 'power.powered.lowOil') && control === 'pumpStart') return line('refusal.lowOil', 'danger');
  if (hand && !s.hasTag('pumpOn')) return line('refusal.pumpOff', 'warn');
  if ((control === 'die' || control === 'material' || control === 'moveDie' || control === 'removePart') && s.matches({ arm: 'overDie' }))
    return line('refusal.armOver', 'warn');
  if (control === 'removePart') return line('refusal.nothingToRemove');
  if ((control === 'die' || control === 'material' || control === 'hideSide' || control === 'diePlace') && s.matches({ arm: 'overDie' }))
    return line('refusal.armOver', 'warn');
  if ((control === 'die' || control === 'material' || control === 'hideSide' || control === 'diePlace') && !at(s, 'work.clear')) return line('refusal.takePartFirst', 'warn');
  if (control === 'moveDie') return line('refusal.noDie');
  return line('refusal.nothingHappens');
}

/** Current positions of selector-like controls. */
export function readClickingPressControl(s: Snap, controlId: string): string | undefined {
  const c = s.context;
  switch (controlId) {
    case 'mainSwitch':
      return c.mainOn ? 'on' : 'off';
    case 'modeSelector':
      return c.mode;
    case 'modeKey':
      return c.keyIn ? 'in' : 'out';
    case 'depth':
      return String(c.depthNotch);
    case 'pressure':
      return String(c.pressureT);
    case 'die':
      return c.die ?? 'none';
    case 'material':
      return c.material ?? 'none';
    case 'hideSide':
      return c.hide.grainUp ? 'grainUp' : 'fleshUp';
    case 'diePlace':
      return c.hide.place;
    case 'arm':
      return s.matches({ arm: 'overDie' }) ? 'overDie' : 'aside';
    case 'estop':
      return at(s, 'power.estopped.latched') ? 'pressed' : 'out';
    case 'buttonLeft':
    case 'buttonRight':
      return c.held[controlId] ? 'pressed' : 'out';
    default:
      return undefined;
  }
}
