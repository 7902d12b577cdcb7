/**
 * The sole press's own materials: white, royal-blue and red paint, brass and the air hose, the
 * filter bowl, the upper on its last and the sole, and one material per lamp, LED and glow so
 * the view can light it alone (emissive OFF in the file except the sensor beam, which the view
 * shows or hides).
 * Shared materials (steel, chrome, signal colours, labels…) are in tools/models/lib/palette.ts;
 * the builder merges these over them, and a name in both is an error.
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { metal, paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const SOLE_PRESS_PALETTE = {
  // Painted steel, brass fittings, the air line.
  PaintWhite: paint('#E8EBEE'),
  PaintRoyalBlue: paint('#23509C'),
  PaintCoverRed: paint('#C8402A'),
  Brass: metal('#B8913F', 0.35),
  HoseBlue: plastic('#2E72D2', 0.5),
  FilterBowl: { color: '#D6E2EA', metallic: 0, roughness: 0.1, alpha: 0.45 },
  // Work: the upper on its last and the sole.
  ShoeUpper: plastic('#4B2D1B', 0.55),
  LastPlastic: plastic('#E3D5B6', 0.5),
  SoleRubber: plastic('#CFA874', 0.8),
  // One material per light.
  PressLampPower: plastic('#F2E6A8', 0.25),
  ReactivatorLampReady: plastic('#3FBF5C', 0.25),
  PressTimerLed: plastic('#3A0707', 0.2),
  ReactivatorLed: plastic('#3A0707', 0.2),
  IrLampGlow: { color: '#8C7F72', metallic: 0, roughness: 0.2 },
  SensorBeam: { color: '#FF2A1A', metallic: 0, roughness: 1, emissive: '#FF2A1A', alpha: 0.55 },
} as const satisfies Record<string, MaterialSpec>;

/** Every material name this machine's model may use: the shared ones and its own. */
export type SolePressMaterial = MaterialOf<typeof SOLE_PRESS_PALETTE>;

/** A group of this machine's model (takes its own material names as well as the shared). */
export type SolePressGroup = Group<SolePressMaterial>;
