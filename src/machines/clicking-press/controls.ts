import type { ControlSpec } from '../../engine/machineModule.ts';
import { inspect, press, release, setEach } from '../../engine/events.ts';
import { DEPTH_MAX_NOTCH, DEPTH_MIN_NOTCH, DIE_IDS, DIE_PLACES, MATERIALS, PRESSURE_SETTINGS_T } from './constants.ts';
import { CLICKING_PRESS_NODES as N } from './nodes.ts';


const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every operator control of the clicking press, in panel order. */
export const clickingPressControls: readonly ControlSpec[] = [
  { id: 'floorMark', kind: 'inspect', node: N.floorMark, group: 'checks', events: [inspect('floorMark')] },
  { id: 'oilSightGlass', kind: 'inspect', node: N.oilSightGlass, group: 'checks', events: [inspect('oilSightGlass')] },
  { id: 'board', kind: 'inspect', node: N.board, group: 'checks', events: [inspect('board')] },
  { id: 'dieRack', kind: 'inspect', node: N.dieRack, group: 'checks', events: [inspect('dieRack')] },
  { id: 'oilFillCap', kind: 'action', node: N.oilFillCap, group: 'checks', events: [press('oilFillCap')] },
  // Remedies found by the checks: the board's groove and a bent die; the lock-out tag on the main switch.
  { id: 'turnBoard', kind: 'action', node: N.board, group: 'checks', events: [press('turnBoard')] },
  { id: 'swapDie', kind: 'action', node: N.dieRack, group: 'checks', events: [press('swapDie')] },
  { id: 'reportMechanic', kind: 'action', node: N.mainSwitch, group: 'checks', events: [press('reportMechanic')] },
  { id: 'mainSwitch', kind: 'selector', node: N.mainSwitch, group: 'power', events: setEach('mainSwitch', ['on', 'off']) },
  { id: 'pumpStart', kind: 'button', node: N.pumpStart, group: 'power', events: [press('pumpStart')] },
  { id: 'pumpStop', kind: 'button', node: N.pumpStop, group: 'power', events: [press('pumpStop')] },
  { id: 'modeKey', kind: 'selector', node: N.modeSelector, group: 'power', events: setEach('modeKey', ['out', 'in']) },
  { id: 'modeSelector', kind: 'selector', node: N.modeSelector, group: 'power', events: setEach('modeSelector', ['twoHand', 'oneHand']) },
  { id: 'estop', kind: 'estop', node: N.estop, group: 'power', events: [press('estop'), release('estop')] },
  { id: 'reset', kind: 'button', node: N.reset, group: 'power', events: [press('reset')] },
  { id: 'die', kind: 'selector', node: N.dieRack, group: 'setup', events: setEach('die', [...DIE_IDS, 'none']) },
  { id: 'depth', kind: 'selector', node: N.depthHandwheel, group: 'setup', events: setEach('depth', range(DEPTH_MIN_NOTCH, DEPTH_MAX_NOTCH)) },
  { id: 'pressure', kind: 'selector', node: N.pressureKnob, group: 'setup', events: setEach('pressure', PRESSURE_SETTINGS_T) },
  { id: 'material', kind: 'action', node: N.workpiece, group: 'cycle', events: setEach('material', [...MATERIALS, 'none']) },
  { id: 'hideSide', kind: 'selector', node: N.workpiece, group: 'cycle', events: setEach('hideSide', ['fleshUp', 'grainUp']) },
  { id: 'diePlace', kind: 'selector', node: N.dieOnBoard, group: 'cycle', events: setEach('diePlace', DIE_PLACES) },
  { id: 'moveDie', kind: 'action', node: N.dieOnBoard, group: 'cycle', events: [press('moveDie')] },
  { id: 'arm', kind: 'action', node: N.pressPlate, group: 'cycle', events: setEach('arm', ['overDie', 'aside']) },
  { id: 'buttonLeft', kind: 'button', node: N.buttonLeft, group: 'cycle', events: [press('buttonLeft'), release('buttonLeft')] },
  { id: 'buttonRight', kind: 'button', node: N.buttonRight, group: 'cycle', events: [press('buttonRight'), release('buttonRight')] },
  { id: 'removePart', kind: 'action', node: N.cutPart, group: 'cycle', events: [press('removePart')] },
  { id: 'cleanBoard', kind: 'action', node: N.board, group: 'cycle', events: [press('cleanBoard')] },
];

/** Controls held down by the operator (press, then release later), not tapped. */
export const HOLD_CONTROLS = ['buttonLeft', 'buttonRight'] as const;
