import type { ControlSpec } from '../../engine/machineModule.ts';
import { faultSpec, inspect, press, release, setEach } from '../../engine/events.ts';
import { CHILL_TEMP_SETTINGS_C, HEAT_TEMP_SETTINGS_C, SPEED_SETTINGS_M_MIN, STEAM_SETTINGS } from './constants.ts';
import { HEAT_SETTER_NODES as N } from './nodes.ts';

const latch = (id: string) => [press(id), release(id)];
const onOff = ['on', 'off'] as const;

/** Every operator control of the heat setter line, in panel order. */
export const heatSetterControls: readonly ControlSpec[] = [
  { id: 'tunnel', kind: 'inspect', node: N.tunnel, group: 'checks', events: [inspect('tunnel')] },
  { id: 'repairController', kind: 'action', node: N.heatController, group: 'checks', events: [press('repairController')] },
  { id: 'repairFan', kind: 'action', node: N.tunnel, group: 'checks', events: [press('repairFan')] },
  { id: 'isolator', kind: 'selector', node: N.isolator, group: 'power', events: setEach('isolator', onOff) },
  { id: 'fan', kind: 'selector', node: N.fanButton, group: 'power', events: setEach('fan', onOff) },
  { id: 'heatOn', kind: 'button', node: N.heatOnButton, group: 'power', events: [press('heatOn')] },
  { id: 'heatOff', kind: 'button', node: N.heatOffButton, group: 'power', events: [press('heatOff')] },
  { id: 'chillerOn', kind: 'button', node: N.compressorSwitch, group: 'power', events: [press('chillerOn')] },
  { id: 'chillerOff', kind: 'button', node: N.compressorSwitch, group: 'power', events: [press('chillerOff')] },
  { id: 'estop', kind: 'estop', node: N.estop, group: 'power', events: latch('estop') },
  { id: 'pullCord', kind: 'estop', node: N.pullCord, group: 'power', events: latch('pullCord') },
  { id: 'reset', kind: 'button', node: N.reset, group: 'power', events: [press('reset')] },
  { id: 'heatTemp', kind: 'selector', node: N.heatController, group: 'setup', events: setEach('heatTemp', HEAT_TEMP_SETTINGS_C) },
  { id: 'chillTemp', kind: 'selector', node: N.chillController, group: 'setup', events: setEach('chillTemp', CHILL_TEMP_SETTINGS_C) },
  { id: 'conveyorSpeed', kind: 'selector', node: N.speedKnob, group: 'setup', events: setEach('conveyorSpeed', SPEED_SETTINGS_M_MIN) },
  { id: 'steam', kind: 'selector', node: N.steamRegulator, group: 'setup', events: setEach('steam', STEAM_SETTINGS) },
  { id: 'conveyorStart', kind: 'button', node: N.conveyorStartButton, group: 'cycle', events: [press('conveyorStart')] },
  { id: 'conveyorStop', kind: 'button', node: N.conveyorStopButton, group: 'cycle', events: [press('conveyorStop')] },
  { id: 'loadShoe', kind: 'action', node: N.infeedTable, group: 'cycle', events: [press('loadShoe')] },
  { id: 'unloadShoe', kind: 'action', node: N.outfeedTable, group: 'cycle', events: [press('unloadShoe')] },
  { id: 'clearJam', kind: 'action', node: N.exitCurtain, group: 'cycle', events: [press('clearJam')] },
  { id: 'chillerDoor', kind: 'selector', node: N.chillerDoor, group: 'cycle', events: setEach('chillerDoor', ['open', 'closed']) },
  { id: 'delast', kind: 'action', node: N.delastTable, group: 'cycle', events: [press('delast')] },
  { id: 'shape', kind: 'inspect', node: N.delastTable, group: 'cycle', events: [inspect('shape')] },
  { id: 'defrost', kind: 'button', node: N.defrostButton, group: 'shutdown', events: [press('defrost')] },
  { id: 'drain', kind: 'action', node: N.drainValve, group: 'shutdown', events: [press('drain')] },
];

/** Injectable faults (domain brief §11.4); wrong settings give shape loss, blisters and wet shoes on their own. */
export const heatSetterFaults = [faultSpec('overTemp'), faultSpec('fanFailure'), faultSpec('wetShoes'), faultSpec('exitJam')];
