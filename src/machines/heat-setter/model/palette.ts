/**
 * The heat setter line's own materials (machine-shapes.md §7 colours): teal side doors in an
 * ivory frame on the oven, a white-and-blue chiller with frost, beige curtain cloth, a dark belt,
 * leather shoes on plastic lasts, and one material per lamp and display (emissive OFF in the
 * file; the view lights them).
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { metal, paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const HEAT_SETTER_PALETTE = {
  PaintIvory: paint('#E9E8E2'),
  PaintIvoryShade: paint('#C6BAA4'),
  PaintTeal: paint('#00A68A'),
  PaintChillerWhite: paint('#EEF2F4'),
  PaintChillerBlue: paint('#2F6DB5'),
  Stainless: metal('#C9CDD0', 0.35, 0.85),
  CurtainCloth: plastic('#E4D9BF', 0.9),
  BeltDark: plastic('#2A2C2E', 0.85),
  Frost: { color: '#F4FAFF', metallic: 0, roughness: 0.9, emissive: '#1A2630', alpha: 0.8 },
  LouvreGrey: paint('#7E868C'),
  CordYellow: plastic('#E8C21A', 0.6),
  ShoeLeather: plastic('#3B2416', 0.6),
  ShoeSole: plastic('#C9B18A', 0.7),
  LastPlastic: plastic('#D8D4C8', 0.5),
  DisplayHeat: plastic('#2A0A08', 0.3),
  DisplayChill: plastic('#081A2A', 0.3),
  LampHeat: plastic('#E8A317', 0.25),
  LampRun: plastic('#3FBF5C', 0.25),
  LampAlarm: plastic('#D52B1E', 0.25),
  ResetBlue: plastic('#1E4FB0', 0.45),
  BrassValve: metal('#B8913F', 0.35),
} as const satisfies Record<string, MaterialSpec>;

export type HeatSetterMaterial = MaterialOf<typeof HEAT_SETTER_PALETTE>;
export type HeatSetterGroup = Group<HeatSetterMaterial>;
