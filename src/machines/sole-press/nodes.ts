/**
 * glTF node names of the sole press station model (FX811-type pneumatic cover press plus a
 * separate IR reactivator): the contract between the generated model (model/build.ts in this
 * folder) and the code. A test checks every name exists in public/models/sole-press.glb.gz.
 *
 * Conventions (model frame: x right, y up, z toward the operator; metres). Every animated node has
 * its origin on its pivot and rest rotation 0; the view sets rotation/position/scale from rest.
 * - Dials and knobs on a front face turn about z; NEGATIVE z = clockwise as seen by the operator.
 *   Gauge needles and knob pointers rest at the scale minimum (lower left, 7:30) and sweep 270°
 *   clockwise to full scale: rotation.z = -(value / fullScale) * 270°.
 * - Rotary main switches rest at OFF (handle horizontal); ON = rotation.z -90° (clockwise).
 * - Mode selectors rest with the pointer up (12 o'clock); ±45° about z selects a side position.
 * - Push buttons and e-stop heads on a front face are pressed by translating them in -z
 *   (flush buttons ~3 mm, e-stop mushroom ~8 mm).
 */
export const SOLE_PRESS_NODES = {
  root: 'SolePress',
  // Air supply: filter-regulator unit on the press's right side, gauge facing the operator.
  /** Quarter-turn ball valve lever, pivot on the stem axis (y). Rest 0 = CLOSED (lever across
   *  the pipe, pointing +x); OPEN = rotation.y +90° (lever along the pipe, pointing -z). */
  airLineValve: 'AirLineValve',
  /** Regulator knob on top of the regulator, axis y; clockwise seen from above (NEGATIVE y)
   *  raises the set pressure. Rest pointer at minimum. */
  airRegulatorKnob: 'AirRegulatorKnob',
  /** Needle of the regulator gauge (faces +z); rotates about z, see the gauge convention. */
  airGaugeNeedle: 'AirGaugeNeedle',
  /** Twist drain under the filter bowl, axis y; turning it (±90°) opens it. */
  filterDrainValve: 'FilterDrainValve',
  /** Transparent filter bowl (condensate trap). */
  filterBowl: 'FilterBowl',
  // Press front panel.
  pressMainSwitch: 'PressMainSwitch',
  /** Pilot lamp; its lens uses its own material `PressLampPower` (emissive off in the file). */
  pressPowerLamp: 'PressPowerLamp',
  /** Red LED timer block; material `PressTimerLed`. */
  pressTimerDisplay: 'PressTimerDisplay',
  /** AUTO/MANUAL selector: pointer up at rest; +45° (left) = MANUAL, -45° (right) = AUTO by
   *  convention of this model (the view may choose, but keep it consistent with labels). */
  pressModeSelector: 'PressModeSelector',
  pressStartButton: 'PressStartButton',
  pressStopButton: 'PressStopButton',
  pressEStop: 'PressEStop',
  pressResetButton: 'PressResetButton',
  /** Ø60 pressure gauge needle at the front right, origin at the dial centre. */
  pressGaugeNeedle: 'PressGaugeNeedle',
  // Press station.
  /** Rear hinge of the red cover, axis x at (y 0.88, z -0.64). Rest 0 = CLOSED;
   *  OPEN = rotation.x NEGATIVE (about -75°): the front of the lid swings up and back. */
  coverHinge: 'CoverHinge',
  /** The red lid with its black latch knob (child of CoverHinge). */
  cover: 'Cover',
  /** Pad tray (carries Pad, jacks and ShoeOnPad); translating it in y is the pad height set by
   *  the handwheel. Rest = set right for the shoe on it: the last top is 3 mm under the cover's
   *  hold-down, so with the cover closed keep y within about -0.04…+0.003 m (lower = too low). */
  padBox: 'PadBox',
  /** Rubber pad / air bag, 55 mm thick; origin at its underside, so scaling y (1 → ~1.3) shows
   *  inflation. The shoe is not its child: lift ShoeOnPad by (scale - 1) × 0.055 m with it. */
  pad: 'Pad',
  /** Jacks slide along z. The shoe's toe points to the rear (-z), so the toe jack is the rear one
   *  (moving it +z closes on the toe) and the heel jack the front one (moving it -z closes). */
  toeJack: 'ToeJack',
  heelJack: 'HeelJack',
  /** Chrome pad-height handwheel on the front, axis z, origin at its hub. */
  padHeightHandwheel: 'PadHeightHandwheel',
  /** Light-curtain posts at the front corners of the station. */
  handsSensor: 'HandsSensor',
  /** Thin beam between the posts; material `SensorBeam` is emissive red: show/hide it. */
  handsSensorBeam: 'HandsSensorBeam',
  /** Lasted shoe, sole down on the pad, toe to the rear; origin at the sole's underside centre. */
  shoeOnPad: 'ShoeOnPad',
  soleOnShoe: 'SoleOnShoe',
  /** Dark wedges in the sole/upper joint at toe and heel: hide by default, show for "sole lifts". */
  soleToeGap: 'SoleToeGap',
  soleHeelGap: 'SoleHeelGap',
  // Reactivator (separate IR unit to the operator's left, centred at x -0.75).
  reactivator: 'Reactivator',
  /** Rotary power switch, rest OFF, ON = rotation.z -90°. */
  reactivatorSwitch: 'ReactivatorSwitch',
  reactivatorTempKnob: 'ReactivatorTempKnob',
  reactivatorTimerKnob: 'ReactivatorTimerKnob',
  /** LED temperature display; material `ReactivatorLed`. */
  reactivatorDisplay: 'ReactivatorDisplay',
  /** Green ready lamp; material `ReactivatorLampReady`. */
  reactivatorReadyLamp: 'ReactivatorReadyLamp',
  /** IR lamp bank; tubes use material `IrLampGlow` (set emissive orange when heating). */
  reactivatorLamps: 'ReactivatorLamps',
  /** Pull-out tray: rest = IN under the lamps; translate +z up to 0.3 m to pull it out. */
  reactivatorTray: 'ReactivatorTray',
  traySole: 'TraySole',
  trayShoe: 'TrayShoe',
  reactivatorEStop: 'ReactivatorEStop',
} as const;

export type SolePressNode = (typeof SOLE_PRESS_NODES)[keyof typeof SOLE_PRESS_NODES];

/** The same map as the default export: the model tools find it by folder (tools/models/nodes.test.ts). */
export default SOLE_PRESS_NODES;
