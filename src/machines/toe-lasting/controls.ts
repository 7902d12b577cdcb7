import type { ControlSpec, GladiEvent } from '../../engine/machineModule.ts';
import { inspect, press, release, setEach } from '../../engine/events.ts';
import { SET_VALUES } from './chart/setValues.ts';
import { TOE_LASTING_NODES as N } from './nodes.ts';

const set = (control: string): GladiEvent[] => setEach(control, SET_VALUES[control] ?? []);

/**
 * Every operator control of the toe lasting machine, in panel order. Some share a glTF node (the
 * chart accepts only one of each set at a time, and the model picks what `snapshot.can` accepts):
 * the pincer ring (inspect / clean), the melt tank lid (inspect / fill), the melt pot's
 * controller (setpoint / technician's repair), the last on its rest (move, take off; it is put
 * on the last support, which is what shows while the rest is empty).
 */
export const toeLastingControls: readonly ControlSpec[] = [
  // Pre-operation checks and care
  { id: 'oilLevel', kind: 'inspect', node: N.oilSightGlass, group: 'checks', events: [inspect('oilLevel')] },
  { id: 'topUpOil', kind: 'action', node: N.oilFillCap, group: 'checks', events: [press('topUpOil')] },
  { id: 'airFilter', kind: 'inspect', node: N.filterBowl, group: 'checks', events: [inspect('airFilter')] },
  { id: 'drainFilter', kind: 'action', node: N.filterDrainValve, group: 'checks', events: [press('drainFilter')] },
  { id: 'meltTank', kind: 'inspect', node: N.meltTankLid, group: 'checks', events: [inspect('meltTank')] },
  { id: 'fillGranulate', kind: 'action', node: N.meltTankLid, group: 'checks', events: [press('fillGranulate')] },
  { id: 'pincers', kind: 'inspect', node: N.pincerRing, group: 'checks', events: [inspect('pincers')] },
  { id: 'cleanPincers', kind: 'action', node: N.pincerRing, group: 'checks', events: [press('cleanPincers')] },
  { id: 'clearNozzle', kind: 'action', node: N.hotMeltNozzle, group: 'checks', events: [press('clearNozzle')] },
  { id: 'repairHeater', kind: 'action', node: N.tempController, group: 'checks', events: [press('repairHeater')] },
  // Side cabinet: power, pump, heater
  { id: 'mainSwitch', kind: 'selector', node: N.mainSwitch, group: 'power', events: set('mainSwitch') },
  { id: 'pumpStart', kind: 'button', node: N.pumpStartButton, group: 'power', events: [press('pumpStart')] },
  { id: 'pumpStop', kind: 'button', node: N.pumpStopButton, group: 'power', events: [press('pumpStop')] },
  { id: 'heaterOn', kind: 'button', node: N.heaterOnButton, group: 'power', events: [press('heaterOn')] },
  { id: 'heaterOff', kind: 'button', node: N.heaterOffButton, group: 'power', events: [press('heaterOff')] },
  { id: 'meltTemp', kind: 'selector', node: N.tempController, group: 'power', events: set('meltTemp') },
  { id: 'estop', kind: 'estop', node: N.baseEStop, group: 'power', events: [press('estop'), release('estop')] },
  { id: 'cabinetEstop', kind: 'estop', node: N.cabinetEStop, group: 'power', events: [press('cabinetEstop'), release('cabinetEstop')] },
  { id: 'reset', kind: 'button', node: N.resetButton, group: 'power', events: [press('reset')] },
  // Set-up for the job: program memory, side, pull, wiper, time, pincer toggles, centring light
  { id: 'program', kind: 'selector', node: N.touchScreen, group: 'setup', events: set('program') },
  { id: 'side', kind: 'selector', node: N.sideSelector, group: 'setup', events: set('side') },
  { id: 'pull', kind: 'selector', node: N.pullKnob, group: 'setup', events: set('pull') },
  { id: 'wiper', kind: 'selector', node: N.wiperKnob, group: 'setup', events: set('wiper') },
  { id: 'dwell', kind: 'selector', node: N.dwellKnob, group: 'setup', events: set('dwell') },
  { id: 'sidePincers', kind: 'selector', node: N.pincerToggles, group: 'setup', events: set('sidePincers') },
  { id: 'centreLight', kind: 'selector', node: N.centreLightSwitch, group: 'setup', events: set('centreLight') },
  // The work and the treadle
  { id: 'placeLast', kind: 'action', node: N.lastSupport, group: 'cycle', events: [press('placeLast')] },
  { id: 'lastPosition', kind: 'selector', node: N.lastOnRest, group: 'cycle', events: set('lastPosition') },
  { id: 'centreLine', kind: 'inspect', node: N.toeCentreMark, group: 'cycle', events: [inspect('centreLine')] },
  { id: 'pedalForward', kind: 'button', node: N.pedalForward, group: 'cycle', events: [press('pedalForward')] },
  { id: 'pedalBack', kind: 'button', node: N.pedalBack, group: 'cycle', events: [press('pedalBack')] },
  { id: 'toe', kind: 'inspect', node: N.lastedMargin, group: 'cycle', events: [inspect('toe')] },
  { id: 'removeLast', kind: 'action', node: N.lastOnRest, group: 'cycle', events: [press('removeLast')] },
];
