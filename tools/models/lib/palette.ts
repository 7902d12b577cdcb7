/**
 * Material palette shared by the generated models. Colours are written as sRGB hex (as sampled
 * from the vendor photos in machine-shapes.md) and converted to the linear factors glTF expects.
 * Metals: metallic 0.8–1, roughness 0.2–0.5; painted steel: metallic ~0.3, roughness ~0.6;
 * plastics and polymer: metallic 0, rough.
 *
 * Lamp, LED and glow materials are one per lamp so the view can set `emissive` on exactly that
 * part; in the file they are OFF (black emissive) except the sensor beam, which only exists to
 * be seen and is shown or hidden by the view.
 */
export interface MaterialSpec {
  color: string;
  metallic: number;
  roughness: number;
  emissive?: string;
  /** < 1 makes the material alpha-blended (filter bowl, sensor beam). */
  alpha?: number;
  doubleSided?: boolean;
}

const paint = (color: string): MaterialSpec => ({ color, metallic: 0.3, roughness: 0.6 });
const plastic = (color: string, roughness = 0.45): MaterialSpec => ({ color, metallic: 0, roughness });
const metal = (color: string, roughness = 0.4, metallic = 0.9): MaterialSpec => ({ color, metallic, roughness });

export const PALETTE = {
  // Painted steel.
  PaintIvory: paint('#C9CAC4'),
  PaintIvoryLight: paint('#DCDEE0'),
  PaintDoorGrey: paint('#67655F'),
  PaintDarkGrey: paint('#3E4042'),
  PaintWhite: paint('#E8EBEE'),
  PaintLightGrey: paint('#B4BABF'),
  PaintRoyalBlue: paint('#23509C'),
  PaintCoverRed: paint('#C8402A'),
  PaintRackGreen: paint('#4F6B5A'),
  // Metals.
  SteelBright: metal('#D0D4D8', 0.3),
  SteelMachined: metal('#A3A7AB', 0.45, 0.85),
  Chrome: metal('#E2E5E8', 0.2, 1),
  Aluminium: metal('#BEC2C6', 0.4, 0.8),
  Brass: metal('#B8913F', 0.35),
  // Plastics, rubber and signal colours.
  BlackBakelite: plastic('#161616', 0.4),
  RubberBlack: plastic('#262626', 0.9),
  SignalRed: plastic('#C21F1A'),
  SignalGreen: plastic('#1F9440'),
  SignalBlue: plastic('#1E4FB0'),
  SignalYellow: plastic('#F2C200', 0.5),
  LabelBlack: plastic('#1B1B1B', 0.6),
  LabelWhite: plastic('#F2F2EE', 0.6),
  GaugeDial: plastic('#F5F5F1', 0.35),
  BinBlue: plastic('#2C5E9E', 0.6),
  HoseBlue: plastic('#2E72D2', 0.5),
  // Cutting board: a cream polymer with grey knife scores and a worn centre.
  BoardPolymer: plastic('#EDEBE3', 0.8),
  BoardWorn: plastic('#DEDAD0', 0.85),
  BoardScore: plastic('#9D9A90', 0.85),
  // Work materials.
  LeatherHide: plastic('#6E4428', 0.75),
  LeatherCut: plastic('#A8703E', 0.7),
  ShoeUpper: plastic('#4B2D1B', 0.55),
  LastPlastic: plastic('#E3D5B6', 0.5),
  SoleRubber: plastic('#CFA874', 0.8),
  GapDark: plastic('#070707', 1),
  OilAmber: { color: '#D08A12', metallic: 0, roughness: 0.15 },
  SightGlassBack: plastic('#2A2620', 0.2),
  FilterBowl: { color: '#D6E2EA', metallic: 0, roughness: 0.1, alpha: 0.45 },
  SafetyYellow: plastic('#F1C21B', 0.7),
  SafetyBlack: plastic('#181818', 0.7),
  // One material per light so the view can light it alone (emissive OFF in the file).
  LampPower: plastic('#F2E6A8', 0.25),
  LampPump: plastic('#3FBF5C', 0.25),
  PressLampPower: plastic('#F2E6A8', 0.25),
  ReactivatorLampReady: plastic('#3FBF5C', 0.25),
  PressTimerLed: plastic('#3A0707', 0.2),
  ReactivatorLed: plastic('#3A0707', 0.2),
  IrLampGlow: { color: '#8C7F72', metallic: 0, roughness: 0.2 },
  SensorBeam: { color: '#FF2A1A', metallic: 0, roughness: 1, emissive: '#FF2A1A', alpha: 0.55 },
  // Table machines: pale jade head paint, melamine top, abrasive stone, cloth extractor bag,
  // trial-strip leather; a motor pilot lamp and a work-light lens (one material per light).
  PaintJade: paint('#A9C3B3'),
  MelamineWhite: plastic('#E4E5E0', 0.5),
  GrindStone: plastic('#8E887C', 0.95),
  ExtractorCloth: plastic('#D6D0BE', 0.95),
  LeatherScrap: plastic('#C9A27A', 0.75),
  LampMotorPilot: plastic('#3FBF5C', 0.25),
  WorkLightLens: plastic('#F4EEDC', 0.2),
} as const satisfies Record<string, MaterialSpec>;

export type MaterialName = keyof typeof PALETTE;

/** sRGB hex → linear RGB, the space glTF colour factors are in. */
export function linearRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [channel((n >> 16) & 255), channel((n >> 8) & 255), channel(n & 255)];
}
