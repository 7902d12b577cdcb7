import type { ControlSpec, GladiEvent } from '../../engine/machineModule.ts';
import { inspect, press, release, setEach } from '../../engine/events.ts';
import { SET_VALUES } from './chart/setValues.ts';
import { SOLE_PRESS_NODES as N } from './nodes.ts';

const set = (control: string): GladiEvent[] => setEach(control, SET_VALUES[control] ?? []);

/**
 * Every operator control of the sole press station, in panel order. Two pairs share a glTF node
 * because the model has no separate part for them; the chart accepts only one of each pair at a
 * time, so a view can pick the one `snapshot.can(...)` accepts:
 * - `compressor` (restart the shop compressor: only while the supply is low) sits on the air inlet
 *   valve with `airLineValve`;
 * - `soleEdges` (inspect the bond: only once pressed) sits on the sole with `laySole` (only before)
 *   and `peelSole` (only once laid, before pressing);
 * - the bench checks of bottom preparation sit on the work on the reactivator tray (`solePrep`
 *   and `reprepareSole` on the sole, `upperPrep` on the lasted upper): both only before heating;
 * - `sensorTestRod` (the test rod put into the beam of the ready press) sits on the light-curtain
 *   posts with `clearZone` (which takes the rod, or any object, out again).
 */
export const solePressControls: readonly ControlSpec[] = [
  // Pre-operation checks and care
  { id: 'filterBowl', kind: 'inspect', node: N.filterBowl, group: 'checks', events: [inspect('filterBowl')] },
  { id: 'filterDrain', kind: 'action', node: N.filterDrainValve, group: 'checks', events: [press('filterDrain')] },
  { id: 'pad', kind: 'inspect', node: N.padBox, group: 'checks', events: [inspect('pad')] },
  { id: 'replacePad', kind: 'action', node: N.pad, group: 'checks', events: [press('replacePad')] },
  { id: 'upperPrep', kind: 'inspect', node: N.trayShoe, group: 'checks', events: [inspect('upperPrep')] },
  { id: 'solePrep', kind: 'inspect', node: N.traySole, group: 'checks', events: [inspect('solePrep')] },
  { id: 'reprepareSole', kind: 'action', node: N.traySole, group: 'checks', events: [press('reprepareSole')] },
  { id: 'sensorTestRod', kind: 'action', node: N.handsSensor, group: 'checks', events: [press('sensorTestRod')] },
  { id: 'repairReactivator', kind: 'action', node: N.reactivatorLamps, group: 'checks', events: [press('repairReactivator')] },
  // Air supply
  { id: 'airLineValve', kind: 'selector', node: N.airLineValve, group: 'air', events: set('airLineValve') },
  { id: 'airRegulator', kind: 'selector', node: N.airRegulatorKnob, group: 'air', events: set('airRegulator') },
  { id: 'compressor', kind: 'action', node: N.airLineValve, group: 'air', events: [press('compressor')] },
  // Press panel
  { id: 'mainSwitch', kind: 'selector', node: N.pressMainSwitch, group: 'press', events: set('mainSwitch') },
  { id: 'modeSelector', kind: 'selector', node: N.pressModeSelector, group: 'press', events: set('modeSelector') },
  { id: 'pressTime', kind: 'selector', node: N.pressTimerDisplay, group: 'press', events: set('pressTime') },
  { id: 'start', kind: 'button', node: N.pressStartButton, group: 'press', events: [press('start')] },
  { id: 'stop', kind: 'button', node: N.pressStopButton, group: 'press', events: [press('stop')] },
  { id: 'estop', kind: 'estop', node: N.pressEStop, group: 'press', events: [press('estop'), release('estop')] },
  { id: 'reset', kind: 'button', node: N.pressResetButton, group: 'press', events: [press('reset')] },
  // Press set-up for the shoe size
  { id: 'toeJack', kind: 'selector', node: N.toeJack, group: 'setup', events: set('toeJack') },
  { id: 'heelJack', kind: 'selector', node: N.heelJack, group: 'setup', events: set('heelJack') },
  // Reactivator
  { id: 'reactivatorSwitch', kind: 'selector', node: N.reactivatorSwitch, group: 'reactivator', events: set('reactivatorSwitch') },
  { id: 'reactivatorTemp', kind: 'selector', node: N.reactivatorTempKnob, group: 'reactivator', events: set('reactivatorTemp') },
  { id: 'reactivatorTimer', kind: 'selector', node: N.reactivatorTimerKnob, group: 'reactivator', events: set('reactivatorTimer') },
  { id: 'reactivatorEstop', kind: 'estop', node: N.reactivatorEStop, group: 'reactivator', events: [press('reactivatorEstop'), release('reactivatorEstop')] },
  // The work
  { id: 'tray', kind: 'action', node: N.reactivatorTray, group: 'cycle', events: set('tray') },
  { id: 'laySole', kind: 'action', node: N.soleOnShoe, group: 'cycle', events: [press('laySole')] },
  { id: 'peelSole', kind: 'action', node: N.soleOnShoe, group: 'cycle', events: [press('peelSole')] },
  { id: 'shoe', kind: 'action', node: N.shoeOnPad, group: 'cycle', events: set('shoe') },
  { id: 'handsZone', kind: 'action', node: N.handsSensorBeam, group: 'cycle', events: [press('handsZone'), release('handsZone')] },
  { id: 'clearZone', kind: 'action', node: N.handsSensor, group: 'cycle', events: [press('clearZone')] },
  { id: 'soleEdges', kind: 'inspect', node: N.soleOnShoe, group: 'cycle', events: [inspect('soleEdges')] },
];

/**
 * Controls held by the operator (press, then release later), not tapped: the hands in the working
 * area (press = reach in, release = withdraw). The e-stops latch and are released separately.
 */
export const HOLD_CONTROLS = ['handsZone'] as const;
