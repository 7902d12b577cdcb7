/**
 * glTF node names of the heat setter line model: the contract between the model to be generated
 * (model/build.ts) and the code. Layout per machine-shapes §7: the operator at the entrance
 * (origin), the tunnel along −z, the chiller beyond the outfeed table.
 */
export const HEAT_SETTER_NODES = {
  root: 'HeatSetter',
  // Heat setter tunnel and conveyor
  tunnel: 'HeatTunnel',
  entranceCurtain: 'EntranceCurtain',
  exitCurtain: 'ExitCurtain',
  belt: 'Belt',
  infeedTable: 'InfeedTable',
  outfeedTable: 'OutfeedTable',
  steamRegulator: 'SteamRegulator',
  // Control box on the entrance face
  isolator: 'Isolator',
  heatController: 'HeatController',
  heatDisplay: 'HeatDisplay',
  speedKnob: 'SpeedKnob',
  fanButton: 'FanButton',
  heatOnButton: 'HeatOnButton',
  heatOffButton: 'HeatOffButton',
  conveyorStartButton: 'ConveyorStartButton',
  conveyorStopButton: 'ConveyorStopButton',
  heatLamp: 'HeatLamp',
  runLamp: 'RunLamp',
  alarmLamp: 'AlarmLamp',
  estop: 'EStop',
  reset: 'ResetButton',
  pullCord: 'PullCord',
  // Chiller
  chillerTunnel: 'ChillerTunnel',
  chillerDoor: 'ChillerDoor',
  chillerCabinet: 'ChillerCabinet',
  chillController: 'ChillController',
  chillDisplay: 'ChillDisplay',
  compressorSwitch: 'CompressorSwitch',
  defrostButton: 'DefrostButton',
  drainValve: 'DrainValve',
  delastTable: 'DelastTable',
  // The work: one shoe node per belt slot, moved along the line by the view.
  shoeSlot0: 'ShoeSlot0',
  shoeSlot1: 'ShoeSlot1',
  shoeSlot2: 'ShoeSlot2',
  shoeSlot3: 'ShoeSlot3',
} as const;

export type HeatSetterNode = (typeof HEAT_SETTER_NODES)[keyof typeof HEAT_SETTER_NODES];

export default HEAT_SETTER_NODES;
