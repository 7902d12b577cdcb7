/**
 * The post-bed machine's own materials: Juki-style ivory and grey head paint, melamine table top,
 * thread colours, the upper's leather and the chalk of its marked line; a power lamp and a work
 * light lens (one material per light, emissive OFF in the file). Shared materials are in
 * tools/models/lib/palette.ts.
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const SEWING_PALETTE = {
  PaintIvory: paint('#EEEDE8'),
  PaintHeadGrey: paint('#8E9092'),
  MelamineLight: plastic('#E6E6E1', 0.5),
  ThreadRed: plastic('#C2412F', 0.8),
  ThreadBeige: plastic('#D8C29A', 0.8),
  UpperLeather: plastic('#7A4A2A', 0.7),
  ScrapLeather: plastic('#B08058', 0.75),
  ChalkLine: plastic('#F4F1E6', 0.9),
  GuardClear: plastic('#BFD8E0', 0.15),
  LampPower: plastic('#3FBF5C', 0.25),
  WorkLightLens: plastic('#F4EEDC', 0.2),
} as const satisfies Record<string, MaterialSpec>;

export type SewingMaterial = MaterialOf<typeof SEWING_PALETTE>;
export type SewingGroup = Group<SewingMaterial>;
