/**
 * glTF node names of the post-bed sewing machine model: the contract between the generated model
 * (model/build.ts) and the code (view, controls). A test checks every name exists in the model.
 *
 * Pivots (model frame: x right, y up, z toward the operator; metres). Every animated node has its
 * origin on its pivot and rest rotation 0; the view sets rotation/position from rest.
 * - NeedleBar slides along y (stroke 34 mm: down = position.y − 0.034 at the bottom of the stroke).
 * - TakeUpLever swings about z with the needle bar; Handwheel turns about x (toward the operator).
 * - RollerPresser lifts along +y, 8 mm, with the knee lifter; KneeLifter swings about z (up = −20°).
 * - Pedal tilts about x at its middle: forward (toe down) = rotation.x positive, up to 12°.
 * - BackTackLever tips about z when held (−25°). Dials (StitchDial, TensionDial, PressureScrew,
 *   SpeedKnob) turn about their own axis (z, facing the operator; PressureScrew about y).
 * - FingerGuard and EyeGuard swing about x at their top: off/up = rotation.x −80°; BeltCover hides when off.
 * - PowerSwitch rocker turns about x (on = −20°); Estop presses along −z.
 * - UpperPiece and ScrapPiece: origin at the needle (the start of the marked line under it); the
 *   view moves them so that the needle hole being sewn lies under the needle, and turns the upper
 *   by 90° about y at the corner. Stitches are drawn as their children.
 */
export const SEWING_NODES = {
  root: 'SewingRoot',
  table: 'Table',
  stand: 'Stand',
  head: 'SewingHead',
  post: 'Post',
  needleBar: 'NeedleBar',
  takeUpLever: 'TakeUpLever',
  roller: 'RollerPresser',
  handwheel: 'Handwheel',
  backTackLever: 'BackTackLever',
  stitchDial: 'StitchDial',
  tensionDial: 'TensionDial',
  pressureScrew: 'PressureScrew',
  threadGuides: 'ThreadGuides',
  threadStand: 'ThreadStand',
  threadCone: 'ThreadCone',
  bobbinWinder: 'BobbinWinder',
  bobbin: 'Bobbin',
  controlBox: 'ControlBox',
  powerSwitch: 'PowerSwitch',
  powerLamp: 'PowerLamp',
  speedKnob: 'SpeedKnob',
  needleStopKey: 'NeedleStopKey',
  pedal: 'Pedal',
  pedalHeel: 'PedalHeel',
  kneeLifter: 'KneeLifter',
  fingerGuard: 'FingerGuard',
  eyeGuard: 'EyeGuard',
  beltCover: 'BeltCover',
  estop: 'Estop',
  upper: 'UpperPiece',
  scrap: 'ScrapPiece',
  oilCan: 'OilCan',
  lintBrush: 'LintBrush',
  needleCase: 'NeedleCase',
  workLight: 'WorkLight',
} as const;

export type SewingNode = (typeof SEWING_NODES)[keyof typeof SEWING_NODES];

export default SEWING_NODES;
