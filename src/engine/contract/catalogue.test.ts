import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineCatalogue } from '../../machines/catalogue.ts';
import { machineModules } from '../../machines/index.ts';
import { machineIds } from '../../machines/registry.ts';

/** Machine folders on disk: a folder with an index.ts is a machine. */
const folders = readdirSync('src/machines', { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(`src/machines/${d.name}`).includes('index.ts'))
  .map((d) => d.name)
  .sort();

describe('machine folders', () => {
  it('every folder is found by the eager registry, the lazy one and the home catalogue', () => {
    expect(machineModules.map((m) => m.id)).toEqual(folders);
    expect([...machineIds]).toEqual(folders);
    expect(machineCatalogue.map((m) => m.id).sort()).toEqual(folders);
  });

  it('the home catalogue lists them in the making of a shoe, each with its own name and purpose', () => {
    const lines = machineCatalogue.map((m) => m.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const m of machineModules) {
      const summary = machineCatalogue.find((c) => c.id === m.id)!;
      for (const lang of ['id', 'en'] as const) {
        expect(summary.texts[lang].name).toBe(m.messages[lang].name);
        expect(summary.texts[lang].purpose).toBe(m.messages[lang].purpose);
      }
    }
  });
});
