/**
 * Where each material lives (issue 10): the shared palette holds only what more than one machine
 * model, or a shared part in lib/parts, uses; a material only one machine uses belongs in that
 * machine's model/palette.ts, so adding a machine touches nothing outside its folder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODELS, loadBuilder } from './models.ts';
import { PALETTE } from './lib/palette.ts';

const partsDir = join(dirname(fileURLToPath(import.meta.url)), 'lib', 'parts');
const sharedPartsSource = readdirSync(partsDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(partsDir, f), 'utf8'))
  .join('\n');

/** Material names in each machine's generated document (materials are made on first use). */
async function materialsByModel(): Promise<Map<string, Set<string>>> {
  const used = new Map<string, Set<string>>();
  for (const id of MODELS) {
    const doc = (await loadBuilder(id))();
    used.set(id, new Set(doc.getRoot().listMaterials().map((m) => m.getName())));
  }
  return used;
}

describe('shared palette', () => {
  it('holds only materials used by two or more machines or by a shared part', async () => {
    const used = await materialsByModel();
    const onlyOne = Object.keys(PALETTE).flatMap((name) => {
      const users = [...used].filter(([, names]) => names.has(name)).map(([id]) => id);
      const inSharedPart = sharedPartsSource.includes(`'${name}'`);
      return !inSharedPart && users.length < 2 ? [`${name} (used by ${users.join(', ') || 'none'})`] : [];
    });
    expect(onlyOne, 'move these to the machine’s model/palette.ts (or delete them if unused)').toEqual([]);
  });
});
