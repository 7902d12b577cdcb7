/**
 * The counter moulder's own materials: ivory body with a royal-blue accent, frosted cold
 * formers, leather of the upper and its counter, and one material per light or display (emissive
 * OFF in the file, lit by the view). Shared materials are in tools/models/lib/palette.ts.
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const COUNTER_MOULDER_PALETTE = {
  PaintIvory: paint('#D8D5CB'),
  PaintAccentBlue: paint('#2D5BA6'),
  LouvreGrey: paint('#7E8084'),
  FrostWhite: plastic('#E4EEF3', 0.95),
  BezelBlack: plastic('#1A1A1A', 0.5),
  // Displays and lamps: one material each so the view lights them alone.
  HotDisplayLed: plastic('#3A0A08', 0.3),
  ColdDisplayLed: plastic('#3A0A08', 0.3),
  HotTimerLed: plastic('#3A0A08', 0.3),
  ColdTimerLed: plastic('#3A0A08', 0.3),
  LampHotReady: plastic('#3FBF5C', 0.25),
  LampColdReady: plastic('#3FBF5C', 0.25),
  // The work: upper leather, lining, the counter band, scorch, the counter blanks.
  UpperLeather: plastic('#7A4A2A', 0.7),
  UpperLining: plastic('#CDBA98', 0.8),
  CounterBand: plastic('#5A3620', 0.65),
  ScorchDark: plastic('#1E0E06', 0.4),
  CounterBoard: plastic('#D2BF8C', 0.85),
  RackWood: plastic('#8C6A44', 0.8),
} as const satisfies Record<string, MaterialSpec>;

export type CounterMoulderMaterial = MaterialOf<typeof COUNTER_MOULDER_PALETTE>;
export type CounterMoulderGroup = Group<CounterMoulderMaterial>;
