/**
 * glTF node names of the vulcanizing autoclave model (machine-shapes.md §9): the contract between
 * model/build.ts and the code; a test checks each exists once in its model (public/models/autoclave.glb.gz).
 * Model frame: origin on the floor at the centre of the door face, x right, y up, z toward the
 * operator (the tank lies along -z); metres in the file. Animated nodes sit on their pivots:
 * - `DoorHinge`: vertical axis at the davit pivot (x -1.05, z -0.3); open = rotation.y −100° (swings left).
 * - `LockRing`: about z on the shell axis; locked = rotation.z −15°. The crank wheel turns with it (×8).
 * - Handwheels (supply, vent) turn about y; open = rotation.y 270°. Lever: rotation.z +35° lifted.
 * - Gauge needles rest at minimum and sweep 270° clockwise: rotation.z = −(value / full) × 270°.
 * - `Cart`: translates in z; inside the tank = z −3.0 m, out on the track = 0.
 */
export const AUTOCLAVE_NODES = {
  root: 'Autoclave',
  shell: 'Shell',
  doorHinge: 'DoorHinge',
  door: 'Door',
  doorSeal: 'DoorSeal',
  lockRing: 'LockRing',
  lockCrank: 'LockCrank',
  supplyValve: 'SupplyValve',
  ventValve: 'VentValve',
  safetyValve: 'SafetyValve',
  safetyLever: 'SafetyLever',
  drainValve: 'DrainValve',
  steamPlume: 'SteamPlume',
  pressureGaugeNeedle: 'PressureGaugeNeedle',
  thermometerGaugeNeedle: 'ThermometerGaugeNeedle',
  cart: 'Cart',
  cartShoes: 'CartShoes',
  gloves: 'Gloves',
  cabinet: 'ControlCabinet',
  controllerSwitch: 'ControllerSwitch',
  setpointKnob: 'SetpointKnob',
  cureTimeKnob: 'CureTimeKnob',
  recorderPen: 'RecorderPen',
  runLamp: 'RunLamp',
  pressureLamp: 'PressureLamp',
  alarmLamp: 'AlarmLamp',
  estop: 'EStop',
} as const;

export type AutoclaveNode = (typeof AUTOCLAVE_NODES)[keyof typeof AUTOCLAVE_NODES];

export default AUTOCLAVE_NODES;
