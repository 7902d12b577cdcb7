/**
 * glTF node names of the heel counter moulder model: the contract between the generated model
 * (model/build.ts in this folder) and the code. A test checks every name exists in the model.
 * Pivots: each pad group moves along +z toward its former when it closes; the upper moves
 * between the rack, the hot former H1 and the cold former C1.
 */
export const COUNTER_MOULDER_NODES = {
  root: 'CounterMoulder',
  // Work deck, left to right: hot formers H1, H2, cold formers C1, C2.
  hotFormer: 'HotFormer1',
  hotFormer2: 'HotFormer2',
  coldFormer: 'ColdFormer1',
  coldFormer2: 'ColdFormer2',
  hotPad: 'HotPad1',
  hotPad2: 'HotPad2',
  coldPad: 'ColdPad1',
  coldPad2: 'ColdPad2',
  // Start buttons on the deck edge, a pair in front of each station side.
  hotLeft: 'HotStartLeft',
  hotRight: 'HotStartRight',
  coldLeft: 'ColdStartLeft',
  coldRight: 'ColdStartRight',
  estop: 'EStop',
  reset: 'ResetButton',
  // Top beam: controllers and timers with their displays and READY lamps.
  hotController: 'HotController',
  coldController: 'ColdController',
  hotTimer: 'HotTimer',
  coldTimer: 'ColdTimer',
  hotDisplay: 'HotDisplay',
  coldDisplay: 'ColdDisplay',
  hotTimerDisplay: 'HotTimerDisplay',
  coldTimerDisplay: 'ColdTimerDisplay',
  hotReadyLamp: 'HotReadyLamp',
  coldReadyLamp: 'ColdReadyLamp',
  // Cabinet front and sides.
  mainSwitch: 'MainSwitch',
  heaterSwitch: 'HeaterSwitch',
  chillerSwitch: 'ChillerSwitch',
  airRegulator: 'AirRegulatorKnob',
  airGaugeNeedle: 'AirGaugeNeedle',
  compressorPanel: 'CompressorLouvres',
  // The work: an upper (heel end) with its counter, and the rack with the counters.
  upper: 'Upper',
  upperCounter: 'UpperCounter',
  upperScorch: 'UpperScorch',
  upperRack: 'UpperRack',
  counterStack: 'CounterStack',
} as const;

export type CounterMoulderNode = (typeof COUNTER_MOULDER_NODES)[keyof typeof COUNTER_MOULDER_NODES];

/** The same map as the default export: the model tools find it by folder (tools/models/nodes.test.ts). */
export default COUNTER_MOULDER_NODES;
