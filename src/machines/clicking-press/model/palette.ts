/**
 * The clicking press's own materials: ivory and door-grey paint, the cutting board, the oil
 * sight glass, hazard stripes and its two pilot lamps (one material per lamp so the view can
 * light it alone; emissive OFF in the file).
 * Shared materials (steel, chrome, signal colours, labels…) are in tools/models/lib/palette.ts;
 * the builder merges these over them, and a name in both is an error.
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const CLICKING_PRESS_PALETTE = {
  // Painted steel.
  PaintIvory: paint('#C9CAC4'),
  PaintIvoryLight: paint('#DCDEE0'),
  PaintDoorGrey: paint('#67655F'),
  PaintRackGreen: paint('#4F6B5A'),
  BinBlue: plastic('#2C5E9E', 0.6),
  // Cutting board: a cream polymer with grey knife scores and a worn centre.
  BoardPolymer: plastic('#EDEBE3', 0.8),
  BoardWorn: plastic('#DEDAD0', 0.85),
  BoardScore: plastic('#9D9A90', 0.85),
  // Oil sight glass and hazard stripes.
  OilAmber: { color: '#D08A12', metallic: 0, roughness: 0.15 },
  SightGlassBack: plastic('#2A2620', 0.2),
  SafetyYellow: plastic('#F1C21B', 0.7),
  SafetyBlack: plastic('#181818', 0.7),
  // One material per light (emissive OFF in the file).
  LampPower: plastic('#F2E6A8', 0.25),
  LampPump: plastic('#3FBF5C', 0.25),
} as const satisfies Record<string, MaterialSpec>;

/** Every material name this machine's model may use: the shared ones and its own. */
export type ClickingPressMaterial = MaterialOf<typeof CLICKING_PRESS_PALETTE>;

/** A group of this machine's model (takes its own material names as well as the shared). */
export type ClickingPressGroup = Group<ClickingPressMaterial>;
