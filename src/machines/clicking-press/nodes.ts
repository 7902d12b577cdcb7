/**
 * glTF node names of the clicking press model: the contract between the generated model
 * (model/build.ts in this folder) and the code. A test checks every name exists in the model.
 */
export const CLICKING_PRESS_NODES = {
  root: 'ClickingPress',
  // Swing arm: ArmPivot rotates about the column axis (y); ArmStroke translates down on a stroke.
  armPivot: 'ArmPivot',
  armStroke: 'ArmStroke',
  pressPlate: 'PressPlate',
  buttonLeft: 'TwoHandButtonLeft',
  buttonRight: 'TwoHandButtonRight',
  depthHandwheel: 'DepthHandwheel',
  // Control strip on the base front.
  powerLamp: 'PowerLamp',
  pumpLamp: 'PumpLamp',
  pumpStart: 'PumpStartButton',
  pumpStop: 'PumpStopButton',
  modeSelector: 'ModeSelector',
  mainSwitch: 'MainSwitch',
  estop: 'EStop',
  reset: 'ResetButton',
  pressureKnob: 'PressureKnob',
  pressureGaugeNeedle: 'PressureGaugeNeedle',
  // Inspection points and work.
  oilSightGlass: 'OilSightGlass',
  oilLevel: 'OilLevel',
  oilFillCap: 'OilFillCap',
  board: 'CuttingBoard',
  floorMark: 'FloorMark',
  dieRack: 'DieRack',
  dieOnBoard: 'DieOnBoard',
  workpiece: 'Workpiece',
  cutPart: 'CutPart',
  partBin: 'PartBin',
} as const;

export type ClickingPressNode = (typeof CLICKING_PRESS_NODES)[keyof typeof CLICKING_PRESS_NODES];

/** The same map as the default export: the model tools find it by folder (tools/models/nodes.test.ts). */
export default CLICKING_PRESS_NODES;
