/**
 * The autoclave's own materials (machine-shapes.md §9 colours): light grey-green vessel paint
 * from the vendor photo, RAL 7035 cabinet, hazard yellow, brass, red valve handwheels, the canvas
 * shoes with white foxing, and one material per lamp (emissive OFF in the file; the view lights them).
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { metal, paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const AUTOCLAVE_PALETTE = {
  PaintVessel: paint('#A9AEA8'),
  PaintCabinet: paint('#C5C7C4'),
  PaintHazard: paint('#E8B800'),
  PaintBlackSteel: paint('#2B2D2F'),
  HandwheelRed: plastic('#C0281E', 0.45),
  Brass: metal('#B8913F', 0.35),
  SealRubber: plastic('#1A1A1A', 0.95),
  CanvasBlue: plastic('#2F4E86', 0.85),
  CanvasRed: plastic('#A83232', 0.85),
  FoxingWhite: plastic('#EEEDE6', 0.7),
  GloveOrange: plastic('#D9782B', 0.9),
  RecorderChart: plastic('#F4F1E6', 0.6),
  LampRun: plastic('#3FBF5C', 0.25),
  LampPressure: plastic('#E8A317', 0.25),
  LampAlarm: plastic('#D52B1E', 0.25),
  SteamWhite: { color: '#FFFFFF', metallic: 0, roughness: 1, emissive: '#9AA3AD', alpha: 0.75 },
} as const satisfies Record<string, MaterialSpec>;

export type AutoclaveMaterial = MaterialOf<typeof AUTOCLAVE_PALETTE>;
export type AutoclaveGroup = Group<AutoclaveMaterial>;
