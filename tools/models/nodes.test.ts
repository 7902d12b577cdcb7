/**
 * Node-name contract: every name the code may look up (the default export of the machine
 * folder's `nodes.ts`) exists in the generated model, exactly once.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importMachineFile } from '../machineFolders.ts';
import { readGlbJson, readModelFile } from './lib/glb.ts';
import { MODELS } from './models.ts';

const modelsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'models');

/** A machine's node map, or undefined when its nodes.ts has no default export of names. */
async function nodeMap(id: string): Promise<Record<string, string> | undefined> {
  const map = (await importMachineFile(id, 'nodes.ts')).default;
  const isMap = typeof map === 'object' && map !== null && Object.values(map).every((v) => typeof v === 'string');
  return isMap ? (map as Record<string, string>) : undefined;
}

const CONTRACTS = await Promise.all(MODELS.map(async (id) => [id, await nodeMap(id)] as const));

describe.each(CONTRACTS)('%s.glb node names', (id, contract) => {
  it('has a node map: nodes.ts exports default its names', () => {
    expect(contract, `src/machines/${id}/nodes.ts`).toBeDefined();
    expect(Object.keys(contract ?? {}).length).toBeGreaterThan(0);
  });

  const json = readGlbJson(readModelFile(join(modelsDir, `${id}.glb.gz`)));
  const names = (json.nodes ?? []).map((n) => n.name ?? '');

  it.each(Object.entries(contract ?? {}))('%s → %s exists exactly once', (_key, name) => {
    expect(names.filter((n) => n === name)).toHaveLength(1);
  });
});
