/**
 * glTF node names of the toe lasting machine model (LD-587CM / LD-687 class, 9 pincers, hot-melt):
 * the contract between the generated model (model/build.ts) and the code. A test checks every
 * name exists in public/models/toe-lasting.glb.gz.
 *
 * Model frame (machine-shapes.md §0, §4): origin on the floor under the centre of the pincer
 * ring, x right, y up, z toward the operator; metres in the file. Animated nodes have their origin
 * on their pivot and rest pose 0:
 * - knobs and controller/gauge needles on a front face turn about z, NEGATIVE = clockwise; gauge
 *   needles rest at the scale minimum and sweep 270° to full scale;
 * - the rotary main switch rests OFF, ON = rotation.z -90°; toggles rest DOWN (off), ON = rotation.x -40°;
 * - push buttons, pedals and e-stops are pressed by translating them (-z on a panel, -y for pedals);
 * - the toe pincer grips by translating -y (onto the margin); the pincers pull by translating +y
 *   (the last is bottom-up, so the margin is drawn up over it);
 * - the wipers slide +z from their rest behind the toe; the last support rises in +y;
 * - the last on its rest moves in x with its offset from the centring light's line.
 */
export const TOE_LASTING_NODES = {
  root: 'ToeLasting',
  // Head: pincer ring, wipers, hot-melt, last support, centring light.
  pincerRing: 'PincerRing',
  toePincer: 'ToePincer',
  sidePincers: 'SidePincers',
  wipers: 'Wipers',
  hotMeltNozzle: 'HotMeltNozzle',
  meltTankLid: 'MeltTankLid',
  lastSupport: 'LastSupport',
  centreLightSwitch: 'CentreLightSwitch',
  /** Red line the projector throws on the toe: hidden while the lamp is off. */
  centreLightBeam: 'CentreLightBeam',
  // The work: last with upper and insole, bottom-up, toe into the ring (toe toward -z).
  lastOnRest: 'LastOnRest',
  /** The unlasted margin standing up round the toe (hidden once lasted). */
  upperMargin: 'UpperMargin',
  /** The margin wiped down onto the insole (shown once lasted). */
  lastedMargin: 'LastedMargin',
  /** The upper's centre line mark at the toe (shows any offset against the beam). */
  toeCentreMark: 'ToeCentreMark',
  // The result on the lasted toe (hidden unless it shows).
  toeTear: 'ToeTear',
  toePleats: 'ToePleats',
  toeMarginGap: 'ToeMarginGap',
  toeGlueStrings: 'ToeGlueStrings',
  // Front switch panel under the head.
  pullKnob: 'PullKnob',
  wiperKnob: 'WiperKnob',
  dwellKnob: 'DwellKnob',
  pincerToggles: 'PincerToggles',
  sideSelector: 'SideSelector',
  /** Touch screen on its arm above the ring; material `ScreenGlow` (the view lights it). */
  touchScreen: 'TouchScreen',
  // Base.
  baseEStop: 'BaseEStop',
  oilSightGlass: 'OilSightGlass',
  oilFillCap: 'OilFillCap',
  // Side cabinet.
  mainSwitch: 'MainSwitch',
  pumpStartButton: 'PumpStartButton',
  pumpStopButton: 'PumpStopButton',
  /** Pilot lamp, material `PumpLamp`. */
  pumpLamp: 'PumpLamp',
  heaterOnButton: 'HeaterOnButton',
  heaterOffButton: 'HeaterOffButton',
  /** Ready lamp, material `HeaterReadyLamp`. */
  heaterReadyLamp: 'HeaterReadyLamp',
  /** Hot-melt temperature controller, red LED face material `TempLed`. */
  tempController: 'TempController',
  hydraulicGaugeNeedle: 'HydraulicGaugeNeedle',
  airGaugeNeedle: 'AirGaugeNeedle',
  cabinetEStop: 'CabinetEStop',
  resetButton: 'ResetButton',
  filterBowl: 'FilterBowl',
  filterDrainValve: 'FilterDrainValve',
  // Two-pedal foot switch on the floor.
  pedalForward: 'PedalForward',
  pedalBack: 'PedalBack',
} as const;

export type ToeLastingNode = (typeof TOE_LASTING_NODES)[keyof typeof TOE_LASTING_NODES];

/** The same map as the default export: the model tools find it by folder. */
export default TOE_LASTING_NODES;
