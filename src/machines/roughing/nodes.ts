/**
 * glTF node names of the roughing machine model: the contract between the generated model
 * (model/build.ts) and the code (view, controls). A test checks every name exists in the model.
 *
 * Pivots (model frame: x right, y up, z toward the operator; metres). Every animated node has its
 * origin on its pivot and rest rotation 0; the view sets rotation/position/scale from rest.
 * - Spindle (with both wheels) spins about x on the motor axis; the sign of the roughing direction
 *   (constants.ts ROUGHING_DIRECTION, top of the wheel toward the operator) is rotation.x positive.
 * - SharpeningStone slides along -z from its rest in front of the right wheel onto the wheel.
 * - LastedShoe: held toe up in front of the right wheel, origin inside the upper; pressure moves it along
 *   -z onto the wheel, the path offset along x (across the margin).
 * - RoughedBand: the roughed strips along the margin, origin at the toe; scale.y = share roughed.
 * - DustBag: origin at its foot on the roof; inflated = scale x/z up when the extraction runs.
 * - SpeedKnob turns about z; ReversingSwitch turns about z (reverse = -60°);
 *   ExtractionSwitch is a rocker about x (on = -20°); Start/Stop buttons and Estop press along -z.
 * - EarMuffs, SafetyGlasses, DustMask hang on the rail under the left ledge; worn = hidden.
 */
export const ROUGHING_NODES = {
  root: 'RoughingRoot',
  cabinet: 'Cabinet',
  booth: 'Booth',
  motor: 'SpindleMotor',
  spindle: 'Spindle',
  grilles: 'SuctionGrilles',
  ledge: 'WorkLedge',
  panel: 'ControlPanel',
  inverterDisplay: 'InverterDisplay',
  speedKnob: 'SpeedKnob',
  startButton: 'StartButton',
  stopButton: 'StopButton',
  estop: 'Estop',
  reversingSwitch: 'ReversingSwitch',
  extractionSwitch: 'ExtractionSwitch',
  spindleLamp: 'SpindleLamp',
  sharpeningStone: 'SharpeningStone',
  dustBag: 'DustBag',
  lamps: 'Lamps',
  shoe: 'LastedShoe',
  band: 'RoughedBand',
  ppeHook: 'PpeHook',
  earMuffs: 'EarMuffs',
  safetyGlasses: 'SafetyGlasses',
  dustMask: 'DustMask',
  brush: 'DustBrush',
} as const;

export type RoughingNode = (typeof ROUGHING_NODES)[keyof typeof ROUGHING_NODES];

export default ROUGHING_NODES;
