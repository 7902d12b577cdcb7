/**
 * Material palette shared by the generated models: the materials more than one machine (or a
 * shared part in ./parts) uses. A material only one machine uses lives in that machine's
 * `model/palette.ts` and is merged over this one by `new ModelBuilder(scene, ownPalette)`.
 *
 * Colours are written as sRGB hex (as sampled from the vendor photos in machine-shapes.md) and
 * converted to the linear factors glTF expects. Metals: metallic 0.8–1, roughness 0.2–0.5;
 * painted steel: metallic ~0.3, roughness ~0.6; plastics and polymer: metallic 0, rough.
 *
 * Lamp, LED and glow materials are one per lamp so the view can set `emissive` on exactly that
 * part; in the file they are OFF (black emissive) except a sensor beam, which only exists to be
 * seen and is shown or hidden by the view.
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

export const paint = (color: string): MaterialSpec => ({ color, metallic: 0.3, roughness: 0.6 });
export const plastic = (color: string, roughness = 0.45): MaterialSpec => ({ color, metallic: 0, roughness });
export const metal = (color: string, roughness = 0.4, metallic = 0.9): MaterialSpec => ({ color, metallic, roughness });

export const PALETTE = {
  // Painted steel.
  PaintDarkGrey: paint('#3E4042'),
  PaintLightGrey: paint('#B4BABF'),
  // Metals.
  SteelBright: metal('#D0D4D8', 0.3),
  SteelMachined: metal('#A3A7AB', 0.45, 0.85),
  Chrome: metal('#E2E5E8', 0.2, 1),
  Aluminium: metal('#BEC2C6', 0.4, 0.8),
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
  // Work materials.
  LeatherHide: plastic('#6E4428', 0.75),
  LeatherCut: plastic('#A8703E', 0.7),
  GapDark: plastic('#070707', 1),
} as const satisfies Record<string, MaterialSpec>;

/** Names of the shared materials: what the shared parts in ./parts may use. */
export type MaterialName = keyof typeof PALETTE;

/**
 * A machine's own materials. Redefining a shared name is a type error here (the value must be
 * `never`) and an error when the builder is made (for callers that get past the types).
 */
export type OwnPalette<Own extends string> = { readonly [K in Own]: K extends MaterialName ? never : MaterialSpec };

/** Every material name a machine may use: the shared names and its own. */
export type MaterialOf<P extends object> = MaterialName | Extract<keyof P, string>;

/** sRGB hex → linear RGB, the space glTF colour factors are in. */
export function linearRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [channel((n >> 16) & 255), channel((n >> 8) & 255), channel(n & 255)];
}
