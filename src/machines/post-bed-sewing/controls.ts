import type { ControlSpec, GladiEvent } from '../../engine/machineModule.ts';
import { inspect, press, release, setEach } from '../../engine/events.ts';
import {
  PEDAL_SEW,
  PEDAL_SLOW,
  PRESSURE_DEFAULT,
  PRESSURE_RANGE,
  STEER_RANGE,
  STITCH_DEFAULT_MM,
  STITCH_LENGTH_RANGE,
  TENSION_DEFAULT,
  TENSION_RANGE,
  WORK_TICKET,
} from './constants.ts';
import { SET_VALUES } from './chart/setup.ts';
import { SEWING_NODES as N } from './nodes.ts';

const set = (control: string): GladiEvent[] => setEach(control, SET_VALUES[control] ?? []);
export const adjustTo = (control: string, value: number): GladiEvent => ({ type: 'user.adjust', control, value });

/**
 * Every operator control of the post-bed machine, in panel order. Continuous controls list a few
 * representative values as their events; the panel and a drag on the model send any value of the
 * range. Shared node: the upper on the post carries the piece selector, the hand (`steer`: drag it
 * sideways), the turn at the corner and the look at the seam.
 */
export const sewingControls: readonly ControlSpec[] = [
  // Before work: clean, oil, needle and thread for leather, bobbin, guards
  { id: 'cleanLint', kind: 'action', node: N.lintBrush, group: 'checks', events: [press('cleanLint')] },
  { id: 'oil', kind: 'action', node: N.oilCan, group: 'checks', events: [press('oil')] },
  { id: 'changeNeedle', kind: 'action', node: N.needleCase, group: 'checks', events: [press('changeNeedle')] },
  { id: 'threadCone', kind: 'selector', node: N.threadCone, group: 'checks', events: set('threadCone') },
  { id: 'threadMachine', kind: 'action', node: N.threadGuides, group: 'checks', events: [press('threadMachine')] },
  { id: 'windBobbin', kind: 'action', node: N.bobbinWinder, group: 'checks', events: [press('windBobbin')] },
  { id: 'bobbin', kind: 'selector', node: N.bobbin, group: 'checks', events: set('bobbin') },
  { id: 'fingerGuard', kind: 'selector', node: N.fingerGuard, group: 'checks', events: set('fingerGuard') },
  { id: 'eyeGuard', kind: 'selector', node: N.eyeGuard, group: 'checks', events: set('eyeGuard') },
  { id: 'beltCover', kind: 'selector', node: N.beltCover, group: 'checks', events: set('beltCover') },
  // Settings for the work ticket
  {
    id: 'stitchLength',
    kind: 'continuous',
    node: N.stitchDial,
    group: 'setup',
    events: [adjustTo('stitchLength', WORK_TICKET.stitchMm), adjustTo('stitchLength', STITCH_DEFAULT_MM)],
    range: { ...STITCH_LENGTH_RANGE, initial: STITCH_DEFAULT_MM, unit: 'mm' },
    drag: { axis: 'x', pixelsForRange: 200 },
  },
  {
    id: 'tension',
    kind: 'continuous',
    node: N.tensionDial,
    group: 'setup',
    events: [adjustTo('tension', WORK_TICKET.tension), adjustTo('tension', TENSION_DEFAULT), adjustTo('tension', 8)],
    range: { ...TENSION_RANGE, initial: TENSION_DEFAULT },
    drag: { axis: 'x', pixelsForRange: 240 },
  },
  {
    id: 'pressure',
    kind: 'continuous',
    node: N.pressureScrew,
    group: 'setup',
    events: [adjustTo('pressure', WORK_TICKET.pressure), adjustTo('pressure', PRESSURE_DEFAULT)],
    range: { ...PRESSURE_RANGE, initial: PRESSURE_DEFAULT },
    drag: { axis: 'x', pixelsForRange: 160 },
  },
  { id: 'maxSpeed', kind: 'selector', node: N.speedKnob, group: 'setup', events: set('maxSpeed') },
  { id: 'needleStop', kind: 'selector', node: N.needleStopKey, group: 'setup', events: set('needleStop') },
  // Machine
  { id: 'powerSwitch', kind: 'selector', node: N.powerSwitch, group: 'machine', events: set('powerSwitch') },
  { id: 'estop', kind: 'estop', node: N.estop, group: 'machine', events: [press('estop'), release('estop')] },
  // The seam
  { id: 'piece', kind: 'action', node: N.upper, group: 'work', events: set('piece') },
  { id: 'handwheel', kind: 'action', node: N.handwheel, group: 'work', events: [press('handwheel')] },
  { id: 'kneeLifter', kind: 'selector', node: N.kneeLifter, group: 'work', events: set('kneeLifter') },
  {
    id: 'pedal',
    kind: 'continuous',
    node: N.pedal,
    group: 'work',
    events: [adjustTo('pedal', PEDAL_SEW), adjustTo('pedal', PEDAL_SLOW), adjustTo('pedal', 0), adjustTo('pedal', 1)],
    range: { min: 0, max: 1, step: 0.05, rest: 0 },
    drag: { axis: 'y', pixelsForRange: 160 },
  },
  {
    id: 'backTack',
    kind: 'continuous',
    node: N.backTackLever,
    group: 'work',
    events: [adjustTo('backTack', 1), adjustTo('backTack', 0)],
    // A lever position (0 forward, 1 reverse), set and put back by the hand while the foot keeps the pedal.
    range: { min: 0, max: 1, step: 1, initial: 0 },
    drag: { axis: 'y', pixelsForRange: 60 },
  },
  {
    id: 'steer',
    kind: 'continuous',
    node: N.upper,
    group: 'work',
    events: [adjustTo('steer', 0), adjustTo('steer', 2.5)],
    range: { ...STEER_RANGE, initial: 0, unit: 'mm' },
    drag: { axis: 'x', pixelsForRange: 200 },
  },
  { id: 'turnWork', kind: 'action', node: N.upper, group: 'work', events: [press('turnWork')] },
  { id: 'trim', kind: 'button', node: N.pedalHeel, group: 'work', events: [press('trim')] },
  { id: 'seam', kind: 'inspect', node: N.upper, group: 'work', events: [inspect('seam')] },
];
