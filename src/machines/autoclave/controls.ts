import type { ControlSpec } from '../../engine/machineModule.ts';
import { inspect, press, release, setEach } from '../../engine/events.ts';
import { CURE_TIMES_MIN, SETPOINTS_C } from './constants.ts';
import { AUTOCLAVE_NODES as N } from './nodes.ts';

/**
 * Every operator control of the autoclave, in panel order. Shared nodes: the safety valve carries
 * its check (`safetyValve`) and its test lever (`safetyLever`); the door carries its seal check,
 * the seal replacement and the door itself; the vent handwheel carries `freeVent`.
 */
export const autoclaveControls: readonly ControlSpec[] = [
  // Checks and repairs
  { id: 'safetyValve', kind: 'inspect', node: N.safetyValve, group: 'checks', events: [inspect('safetyValve')] },
  { id: 'doorSeal', kind: 'inspect', node: N.doorSeal, group: 'checks', events: [inspect('doorSeal')] },
  { id: 'replaceSeal', kind: 'action', node: N.doorSeal, group: 'checks', events: [press('replaceSeal')] },
  { id: 'freeVent', kind: 'action', node: N.ventValve, group: 'checks', events: [press('freeVent')] },
  // Control cabinet
  { id: 'controller', kind: 'selector', node: N.controllerSwitch, group: 'controller', events: setEach('controller', ['off', 'on']) },
  { id: 'setpoint', kind: 'selector', node: N.setpointKnob, group: 'controller', events: setEach('setpoint', SETPOINTS_C) },
  { id: 'cureTime', kind: 'selector', node: N.cureTimeKnob, group: 'controller', events: setEach('cureTime', CURE_TIMES_MIN) },
  { id: 'estop', kind: 'estop', node: N.estop, group: 'controller', events: [press('estop'), release('estop')] },
  // Valves on the tank
  { id: 'supplyValve', kind: 'selector', node: N.supplyValve, group: 'valves', events: setEach('supplyValve', ['closed', 'open']) },
  { id: 'ventValve', kind: 'selector', node: N.ventValve, group: 'valves', events: setEach('ventValve', ['closed', 'open']) },
  { id: 'safetyLever', kind: 'selector', node: N.safetyLever, group: 'valves', events: setEach('safetyLever', ['seated', 'lifted']) },
  { id: 'drain', kind: 'action', node: N.drainValve, group: 'valves', events: [press('drain')] },
  // Door
  { id: 'door', kind: 'action', node: N.door, group: 'door', events: setEach('door', ['closed', 'open']) },
  { id: 'doorLock', kind: 'action', node: N.lockCrank, group: 'door', events: setEach('doorLock', ['locked', 'unlocked']) },
  // The work
  { id: 'cart', kind: 'action', node: N.cart, group: 'work', events: setEach('cart', ['in', 'out']) },
  { id: 'gloves', kind: 'action', node: N.gloves, group: 'work', events: setEach('gloves', ['on', 'off']) },
  { id: 'reload', kind: 'action', node: N.cartShoes, group: 'work', events: [press('reload')] },
];
