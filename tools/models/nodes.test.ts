/**
 * Node-name contract: every name the code may look up exists in the generated model, exactly once.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLICKING_PRESS_NODES } from '../../src/machines/clicking-press/nodes.ts';
import { SOLE_PRESS_NODES } from '../../src/machines/sole-press/nodes.ts';
import { readGlbJson } from './lib/glb.ts';

const modelsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'models');

const CONTRACTS: Record<string, Record<string, string>> = {
  'clicking-press': CLICKING_PRESS_NODES,
  'sole-press': SOLE_PRESS_NODES,
};

describe.each(Object.entries(CONTRACTS))('%s.glb node names', (id, contract) => {
  const json = readGlbJson(new Uint8Array(readFileSync(join(modelsDir, `${id}.glb`))));
  const names = (json.nodes ?? []).map((n) => n.name ?? '');

  it.each(Object.entries(contract))('%s → %s exists exactly once', (_key, name) => {
    expect(names.filter((n) => n === name)).toHaveLength(1);
  });
});
