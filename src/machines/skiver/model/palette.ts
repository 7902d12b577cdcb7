/**
 * The skiver's own materials: pale jade head paint, melamine top, abrasive stone, cloth
 * extractor bag, trial-strip leather; a motor pilot lamp and a work-light lens (one material
 * per light so the view can light it alone; emissive OFF in the file).
 * Shared materials (steel, chrome, signal colours, labels…) are in tools/models/lib/palette.ts;
 * the builder merges these over them, and a name in both is an error.
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const SKIVER_PALETTE = {
  PaintJade: paint('#A9C3B3'),
  MelamineWhite: plastic('#E4E5E0', 0.5),
  GrindStone: plastic('#8E887C', 0.95),
  ExtractorCloth: plastic('#D6D0BE', 0.95),
  LeatherScrap: plastic('#C9A27A', 0.75),
  // One material per light (emissive OFF in the file).
  LampMotorPilot: plastic('#3FBF5C', 0.25),
  WorkLightLens: plastic('#F4EEDC', 0.2),
} as const satisfies Record<string, MaterialSpec>;

/** Every material name this machine's model may use: the shared ones and its own. */
export type SkiverMaterial = MaterialOf<typeof SKIVER_PALETTE>;

/** A group of this machine's model (takes its own material names as well as the shared). */
export type SkiverGroup = Group<SkiverMaterial>;
