import type { ControlSpec, GladiEvent } from '../../engine/machineModule.ts';
import { inspect, press, release, setEach } from '../../engine/events.ts';
import { SET_VALUES } from './chart/setup.ts';
import { PATH_OFFSET_RANGE, PRESSURE_LIGHT, PRESSURE_RANGE, SPEED_DEFAULT_RPM, SPEED_RANGE, WORK_TICKET } from './constants.ts';
import { ROUGHING_NODES as N } from './nodes.ts';

const set = (control: string): GladiEvent[] => setEach(control, SET_VALUES[control] ?? []);
export const adjustTo = (control: string, value: number): GladiEvent => ({ type: 'user.adjust', control, value });

/**
 * Every operator control of the roughing machine, in panel order. Continuous controls list a few
 * representative values as their events; the panel and a drag on the model send any value of
 * the range. The shoe, the hand's pressure and its path, and the look at the band share the shoe's node.
 */
export const roughingControls: readonly ControlSpec[] = [
  // Protective equipment (brief §12.1: hearing, eyes, dust)
  { id: 'earMuffs', kind: 'action', node: N.earMuffs, group: 'ppe', events: [press('earMuffs')] },
  { id: 'safetyGlasses', kind: 'action', node: N.safetyGlasses, group: 'ppe', events: [press('safetyGlasses')] },
  { id: 'dustMask', kind: 'action', node: N.dustMask, group: 'ppe', events: [press('dustMask')] },
  // Pre-operation checks
  { id: 'wheel', kind: 'inspect', node: N.spindle, group: 'checks', events: [inspect('wheel')] },
  { id: 'dustBag', kind: 'inspect', node: N.dustBag, group: 'checks', events: [inspect('dustBag')] },
  // Machine: two motors on separate switches, reversing switch, inverter, stone
  { id: 'extractionSwitch', kind: 'selector', node: N.extractionSwitch, group: 'machine', events: set('extractionSwitch') },
  { id: 'reversingSwitch', kind: 'selector', node: N.reversingSwitch, group: 'machine', events: set('reversingSwitch') },
  {
    id: 'speed',
    kind: 'continuous',
    node: N.speedKnob,
    group: 'machine',
    events: [adjustTo('speed', WORK_TICKET.speedRpm), adjustTo('speed', SPEED_DEFAULT_RPM), adjustTo('speed', SPEED_RANGE.min)],
    range: { ...SPEED_RANGE, initial: SPEED_DEFAULT_RPM, unit: 'rpm' },
    drag: { axis: 'x', pixelsForRange: 240 },
  },
  { id: 'spindleStart', kind: 'button', node: N.startButton, group: 'machine', events: [press('spindleStart')] },
  { id: 'spindleStop', kind: 'button', node: N.stopButton, group: 'machine', events: [press('spindleStop')] },
  { id: 'estop', kind: 'estop', node: N.estop, group: 'machine', events: [press('estop'), release('estop')] },
  { id: 'sharpeningStone', kind: 'button', node: N.sharpeningStone, group: 'machine', events: [press('sharpeningStone')] },
  // The work
  { id: 'shoe', kind: 'action', node: N.shoe, group: 'work', events: set('shoe') },
  {
    id: 'pressure',
    kind: 'continuous',
    node: N.shoe,
    group: 'work',
    events: [adjustTo('pressure', PRESSURE_LIGHT), adjustTo('pressure', 0), adjustTo('pressure', 1)],
    range: { ...PRESSURE_RANGE },
    drag: { axis: 'y', pixelsForRange: 160 },
  },
  {
    id: 'pathOffset',
    kind: 'continuous',
    node: N.shoe,
    group: 'work',
    events: [adjustTo('pathOffset', 0), adjustTo('pathOffset', 3)],
    range: { ...PATH_OFFSET_RANGE, initial: 0, unit: 'mm' },
    drag: { axis: 'x', pixelsForRange: 180 },
  },
  { id: 'band', kind: 'inspect', node: N.shoe, group: 'work', events: [inspect('band')] },
  // Care and shutdown
  { id: 'cleanUp', kind: 'action', node: N.brush, group: 'care', events: [press('cleanUp')] },
  { id: 'emptyBag', kind: 'action', node: N.dustBag, group: 'care', events: [press('emptyBag')] },
];
