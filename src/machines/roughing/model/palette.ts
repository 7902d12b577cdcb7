/**
 * The roughing machine's own materials (shapes §8 colour scheme A: light grey booth, royal-blue
 * doors, grilles and panel), the wire wheel, the cloth dust bag, the shoe and the protective
 * equipment; one material per light (emissive OFF in the file: the view lights them).
 * Shared materials are in tools/models/lib/palette.ts.
 */
import type { Group } from '../../../../tools/models/lib/modelBuilder.ts';
import { metal, paint, plastic } from '../../../../tools/models/lib/palette.ts';
import type { MaterialOf, MaterialSpec } from '../../../../tools/models/lib/palette.ts';

export const ROUGHING_PALETTE = {
  BoothGrey: paint('#B4B8BC'),
  RoyalBlue: paint('#184D9A'),
  GrilleHoles: plastic('#0C1A30', 0.9),
  WireBrush: metal('#6F7377', 0.75, 0.7),
  StoneGrey: plastic('#8E887C', 0.95),
  BagCloth: plastic('#EDEBE4', 0.95),
  ShoeUpper: plastic('#2E2622', 0.6),
  LastingMargin: plastic('#7A5638', 0.75),
  RoughedSuede: plastic('#D2BC9C', 0.95),
  LastWood: plastic('#C8A77A', 0.7),
  PpeYellow: plastic('#E8B400', 0.5),
  PpeLens: plastic('#BFD8E8', 0.15),
  MaskWhite: plastic('#F4F4F0', 0.9),
  BrushBristle: plastic('#5A4630', 0.9),
  // One material per light (emissive OFF in the file).
  InverterLed: plastic('#5A1010', 0.3),
  LampSpindlePilot: plastic('#3FBF5C', 0.25),
  WorkLampLens: plastic('#F4EEDC', 0.2),
} as const satisfies Record<string, MaterialSpec>;

export type RoughingMaterial = MaterialOf<typeof ROUGHING_PALETTE>;
export type RoughingGroup = Group<RoughingMaterial>;
