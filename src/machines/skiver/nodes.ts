/**
 * glTF node names of the bell-knife skiver model: the contract between the generated model
 * (model/build.ts) and the code (view, controls). A test checks every name exists in the model.
 *
 * Pivots (model frame: x right, y up, z toward the operator; metres). Every animated node has its
 * origin on its pivot and rest rotation 0; the view sets rotation/position/scale from rest.
 * - BellKnife and FeedRoller spin about z (their axes point at the operator); the knife turns
 *   negative z (clockwise seen by the operator), the roller positive, so the work moves along -x.
 * - KnifeGuard hinges about x at its rear top edge: open = rotation.x negative (about -70°).
 * - PresserFoot (with its bar) lifts along +y, about 5 mm; FootLever turns about x (up = about -30°).
 * - WidthGuide slides along z: position.z = rest - (widthMm - 10 mm) (a wider skive = guide deeper).
 * - GrindingStone swings about z on its bracket pivot: engaged = rotation.z +11° (its rim meets the
 *   knife's); StoneLever tips about z with it (about -25°).
 * - Treadle pivots about x at its rear edge: pressed = rotation.x positive (full travel about 16°).
 * - LeatherPiece and ScrapStrip: origin at the leading end of the edge being skived, at rest just
 *   right of the knife; fed = position.x decreasing (right → left), guide offset = position.z.
 * - ExtractorBag: origin at its mouth (top); full = bulged, scale x/z about 1.35, y about 1.1.
 * - Knobs (WidthScrew, ThicknessScrew, AngleScrew) turn about their own axis: z for the head
 *   front screws, y for the knurled width knob.
 * - Switches: MotorSwitch and ExtractorSwitch are rockers turning about x (on = rotation.x -20°);
 *   Estop mushroom presses along -z.
 * - SkiveSectionAnchor: an empty node in front of the head where the view draws the magnified
 *   cross-section of the leather (x along the section, y up, facing the operator).
 */
export const SKIVER_NODES = {
  root: 'SkiverRoot',
  table: 'Table',
  stand: 'Stand',
  head: 'SkiverHead',
  bellKnife: 'BellKnife',
  feedRoller: 'FeedRoller',
  presserFoot: 'PresserFoot',
  footLever: 'FootLever',
  footRack: 'FootRack',
  widthGuide: 'WidthGuide',
  widthScrew: 'WidthScrew',
  thicknessScrew: 'ThicknessScrew',
  angleScrew: 'AngleScrew',
  grindingStone: 'GrindingStone',
  stoneLever: 'StoneLever',
  knifeGuard: 'KnifeGuard',
  extractor: 'Extractor',
  extractorBag: 'ExtractorBag',
  extractorSwitch: 'ExtractorSwitch',
  motorSwitch: 'MotorSwitch',
  motorLamp: 'MotorLamp',
  estop: 'Estop',
  treadle: 'Treadle',
  leather: 'LeatherPiece',
  scrapStrip: 'ScrapStrip',
  thicknessGauge: 'ThicknessGauge',
  chipTray: 'ChipTray',
  workLight: 'WorkLight',
  skiveSectionAnchor: 'SkiveSectionAnchor',
} as const;

export type SkiverNode = (typeof SKIVER_NODES)[keyof typeof SKIVER_NODES];

export default SKIVER_NODES;
