import type { ControlSpec } from '../../engine/machineModule.ts';
import { inspect, press, release, setEach } from '../../engine/events.ts';
import { COLD_TEMP_SETTINGS_C, DWELL_SETTINGS_S, HOT_TEMP_SETTINGS_C, REGULATOR_SETTINGS_BAR } from './constants.ts';
import { COUNTER_MOULDER_NODES as N } from './nodes.ts';

const hold = (id: string) => [press(id), release(id)];

/** Every operator control of the heel counter moulder, in panel order. */
export const counterMoulderControls: readonly ControlSpec[] = [
  { id: 'moulds', kind: 'inspect', node: N.hotFormer, group: 'checks', events: [inspect('moulds')] },
  { id: 'compressor', kind: 'action', node: N.compressorPanel, group: 'checks', events: [press('compressor')] },
  { id: 'repairController', kind: 'action', node: N.hotController, group: 'checks', events: [press('repairController')] },
  { id: 'mainSwitch', kind: 'selector', node: N.mainSwitch, group: 'power', events: setEach('mainSwitch', ['on', 'off']) },
  { id: 'heaterSwitch', kind: 'selector', node: N.heaterSwitch, group: 'power', events: setEach('heaterSwitch', ['on', 'off']) },
  { id: 'chillerSwitch', kind: 'selector', node: N.chillerSwitch, group: 'power', events: setEach('chillerSwitch', ['on', 'off']) },
  { id: 'estop', kind: 'estop', node: N.estop, group: 'power', events: hold('estop') },
  { id: 'reset', kind: 'button', node: N.reset, group: 'power', events: [press('reset')] },
  { id: 'hotTemp', kind: 'selector', node: N.hotController, group: 'setup', events: setEach('hotTemp', HOT_TEMP_SETTINGS_C) },
  { id: 'coldTemp', kind: 'selector', node: N.coldController, group: 'setup', events: setEach('coldTemp', COLD_TEMP_SETTINGS_C) },
  { id: 'hotDwell', kind: 'selector', node: N.hotTimer, group: 'setup', events: setEach('hotDwell', DWELL_SETTINGS_S) },
  { id: 'coldDwell', kind: 'selector', node: N.coldTimer, group: 'setup', events: setEach('coldDwell', DWELL_SETTINGS_S) },
  { id: 'airRegulator', kind: 'selector', node: N.airRegulator, group: 'setup', events: setEach('airRegulator', REGULATOR_SETTINGS_BAR) },
  { id: 'insertCounter', kind: 'action', node: N.counterStack, group: 'cycle', events: [press('insertCounter')] },
  { id: 'counter', kind: 'inspect', node: N.upperCounter, group: 'cycle', events: [inspect('counter')] },
  { id: 'recentreCounter', kind: 'action', node: N.upperCounter, group: 'cycle', events: [press('recentreCounter')] },
  { id: 'upper', kind: 'action', node: N.upper, group: 'cycle', events: setEach('upper', ['hotMould', 'coldMould', 'rack']) },
  { id: 'hotLeft', kind: 'button', node: N.hotLeft, group: 'cycle', events: hold('hotLeft') },
  { id: 'hotRight', kind: 'button', node: N.hotRight, group: 'cycle', events: hold('hotRight') },
  { id: 'coldLeft', kind: 'button', node: N.coldLeft, group: 'cycle', events: hold('coldLeft') },
  { id: 'coldRight', kind: 'button', node: N.coldRight, group: 'cycle', events: hold('coldRight') },
  { id: 'backPart', kind: 'inspect', node: N.upper, group: 'cycle', events: [inspect('backPart')] },
];
