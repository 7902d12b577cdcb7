/**
 * The toe laster's own materials (Dalong-type scheme, machine-shapes.md §4): ivory body,
 * signal-red louvred panels and lamp frame, teal foot switch, bronze hydraulics, Teflon wiper
 * faces, the last with its upper and insole, and one material per lamp, LED and light beam so the
 * view can light it alone (emissive OFF in the file except the beam, which the view shows/hides).
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { metal, paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const TOE_LASTING_PALETTE = {
  PaintIvory: paint('#E8E6D7'),
  PaintDalongRed: paint('#CE2F2B'),
  PedalTeal: plastic('#02685B', 0.5),
  Bronze: metal('#9C7A3C', 0.45),
  Stainless: metal('#C9CDD0', 0.3),
  Teflon: plastic('#F4F4F0', 0.3),
  // Work: last, upper leather, insole board, melt.
  LastPlastic: plastic('#D9C9A3', 0.5),
  UpperLeather: plastic('#5A3520', 0.6),
  InsoleBoard: plastic('#BFA77A', 0.85),
  CentreMark: plastic('#F2F2EE', 0.6),
  TearDark: plastic('#120A06', 1),
  GlueAmber: { color: '#E8D9A8', metallic: 0, roughness: 0.3, alpha: 0.85 },
  // One material per light.
  PumpLamp: plastic('#2F8F45', 0.25),
  HeaterReadyLamp: plastic('#E0A21B', 0.25),
  TempLed: plastic('#3A0707', 0.2),
  ScreenGlow: plastic('#10263A', 0.2),
  CentreBeam: { color: '#FF2A1A', metallic: 0, roughness: 1, emissive: '#FF2A1A', alpha: 0.8 },
} as const satisfies Record<string, MaterialSpec>;

export type ToeLastingMaterial = MaterialOf<typeof TOE_LASTING_PALETTE>;
export type ToeLastingGroup = Group<ToeLastingMaterial>;
