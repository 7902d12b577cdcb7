/**
 * Registry of generated models: id (= file name in public/models and machine id) → builder.
 * build.ts writes them; the tests rebuild them in memory and compare with the committed files.
 */
import type { Document } from '@gltf-transform/core';
import { buildClickingPress } from './clickingPress.ts';
import { buildSolePress } from './solePress.ts';
import { writeGlb } from './lib/glb.ts';

export const MODELS: Readonly<Record<string, () => Document>> = {
  'clicking-press': buildClickingPress,
  'sole-press': buildSolePress,
};

export async function renderModel(id: string): Promise<Uint8Array> {
  const build = MODELS[id];
  if (!build) throw new Error(`unknown model ${id}`);
  return writeGlb(build());
}
