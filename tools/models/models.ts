/**
 * The generated models: one per machine folder that has `model/build.ts` (its default export
 * builds the glTF document). The id is the folder name and the file name in public/models.
 * build.ts writes them; the tests rebuild them in memory and compare with the committed files.
 */
import type { Document } from '@gltf-transform/core';
import { importMachineFile, machineFolderIds } from '../machineFolders.ts';
import { writeGlb } from './lib/glb.ts';

/** Where a machine folder keeps its model builder and its preview shots. */
export const MODEL_BUILD = 'model/build.ts';
export const MODEL_SHOTS = 'model/shots.ts';

/** Ids of the machines that have a model, sorted. */
export const MODELS: readonly string[] = machineFolderIds(MODEL_BUILD);

export async function loadBuilder(id: string): Promise<() => Document> {
  if (!MODELS.includes(id)) throw new Error(`unknown model ${id}: no src/machines/${id}/${MODEL_BUILD}`);
  const build = (await importMachineFile(id, MODEL_BUILD)).default;
  if (typeof build !== 'function') throw new Error(`src/machines/${id}/${MODEL_BUILD} must export default function build(): Document`);
  return build as () => Document;
}

export async function renderModel(id: string): Promise<Uint8Array> {
  const build = await loadBuilder(id);
  return writeGlb(build());
}
