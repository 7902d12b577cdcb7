import type { ControlSpec, GladiEvent } from '../../engine/machineModule.ts';
import { inspect, press, release, setEach } from '../../engine/events.ts';
import { GUIDE_OFFSET_RANGE, THICKNESS_DEFAULT_MM, THICKNESS_RANGE, TREADLE_LIGHT, WIDTH_DEFAULT_MM, WIDTH_RANGE, WORK_TICKET } from './constants.ts';
import { SET_VALUES } from './chart/setup.ts';
import { SKIVER_NODES as N } from './nodes.ts';

const set = (control: string): GladiEvent[] => setEach(control, SET_VALUES[control] ?? []);
export const adjustTo = (control: string, value: number): GladiEvent => ({ type: 'user.adjust', control, value });

/**
 * Every operator control of the skiver, in panel order. Continuous controls list a few
 * representative values as their events (for the random walks and exploration); the panel and a
 * drag on the model send any value of the range. Shared nodes: the hand (`guideOffset`) and the
 * `piece` selector both sit on the leather; `skive` (look at the skive under the foot) too.
 */
export const skiverControls: readonly ControlSpec[] = [
  // Pre-operation checks
  { id: 'knifeEdge', kind: 'inspect', node: N.bellKnife, group: 'checks', events: [inspect('knifeEdge')] },
  { id: 'knifeGap', kind: 'inspect', node: N.presserFoot, group: 'checks', events: [inspect('knifeGap')] },
  { id: 'bottomPlate', kind: 'inspect', node: N.feedRoller, group: 'checks', events: [inspect('bottomPlate')] },
  { id: 'extractorBag', kind: 'inspect', node: N.extractorBag, group: 'checks', events: [inspect('extractorBag')] },
  { id: 'knifeGuard', kind: 'selector', node: N.knifeGuard, group: 'checks', events: set('knifeGuard') },
  // Set-up for the work ticket
  { id: 'presserFoot', kind: 'selector', node: N.footRack, group: 'setup', events: set('presserFoot') },
  {
    id: 'width',
    kind: 'continuous',
    node: N.widthScrew,
    group: 'setup',
    events: [adjustTo('width', WORK_TICKET.widthMm), adjustTo('width', WIDTH_DEFAULT_MM), adjustTo('width', 8)],
    range: { ...WIDTH_RANGE, initial: WIDTH_DEFAULT_MM, unit: 'mm' },
    drag: { axis: 'x', pixelsForRange: 240 },
  },
  {
    id: 'thickness',
    kind: 'continuous',
    node: N.thicknessScrew,
    group: 'setup',
    events: [adjustTo('thickness', WORK_TICKET.thicknessMm), adjustTo('thickness', THICKNESS_DEFAULT_MM), adjustTo('thickness', 1.2)],
    range: { ...THICKNESS_RANGE, initial: THICKNESS_DEFAULT_MM, unit: 'mm' },
    drag: { axis: 'x', pixelsForRange: 240 },
  },
  { id: 'angle', kind: 'selector', node: N.angleScrew, group: 'setup', events: set('angle') },
  { id: 'tightenGuide', kind: 'action', node: N.widthGuide, group: 'setup', events: [press('tightenGuide')] },
  // Machine
  { id: 'extractorSwitch', kind: 'selector', node: N.extractorSwitch, group: 'machine', events: set('extractorSwitch') },
  { id: 'motorSwitch', kind: 'selector', node: N.motorSwitch, group: 'machine', events: set('motorSwitch') },
  { id: 'estop', kind: 'estop', node: N.estop, group: 'machine', events: [press('estop'), release('estop')] },
  { id: 'stoneLever', kind: 'button', node: N.stoneLever, group: 'machine', events: [press('stoneLever')] },
  // The work
  { id: 'footLever', kind: 'selector', node: N.footLever, group: 'work', events: set('footLever') },
  { id: 'piece', kind: 'action', node: N.leather, group: 'work', events: set('piece') },
  {
    id: 'treadle',
    kind: 'continuous',
    node: N.treadle,
    group: 'work',
    events: [adjustTo('treadle', TREADLE_LIGHT), adjustTo('treadle', 0), adjustTo('treadle', 1)],
    range: { min: 0, max: 1, step: 0.05, rest: 0 },
    drag: { axis: 'y', pixelsForRange: 160 },
  },
  {
    id: 'guideOffset',
    kind: 'continuous',
    node: N.leather,
    group: 'work',
    events: [adjustTo('guideOffset', 0), adjustTo('guideOffset', 2)],
    range: { ...GUIDE_OFFSET_RANGE, initial: 0, unit: 'mm' },
    drag: { axis: 'x', pixelsForRange: 180 },
  },
  { id: 'skive', kind: 'inspect', node: N.leather, group: 'work', events: [inspect('skive')] },
  { id: 'thicknessGauge', kind: 'inspect', node: N.thicknessGauge, group: 'work', events: [inspect('thicknessGauge')] },
  // Care and shutdown
  { id: 'cleanRoller', kind: 'action', node: N.feedRoller, group: 'care', events: [press('cleanRoller')] },
  { id: 'cleanChips', kind: 'action', node: N.chipTray, group: 'care', events: [press('cleanChips')] },
  { id: 'emptyExtractor', kind: 'action', node: N.extractorBag, group: 'care', events: [press('emptyExtractor')] },
];
