import { describe, expect, it } from 'vitest';
import { machineFolderIds } from '../../../tools/machineFolders.ts';
import { loadMachineModules } from '../../../tools/machineModules.ts';
import { machineCatalogue } from '../../machines/catalogue.ts';
import { machineModules } from '../../machines/index.ts';
import { machineIds } from '../../machines/registry.ts';

/** Machine folders on disk, as the Node tools list them: a folder with an index.ts is a machine. */
const folders = machineFolderIds();

describe('machine folders', () => {
  it('every folder is found by the eager registry, the lazy one and the home catalogue', () => {
    expect(machineModules.map((m) => m.id)).toEqual(folders);
    expect([...machineIds]).toEqual(folders);
    expect(machineCatalogue.map((m) => m.id).sort()).toEqual(folders);
  });

  it('the Node tools load the same modules', async () => {
    expect((await loadMachineModules()).map((m) => [m.id, m.version])).toEqual(machineModules.map((m) => [m.id, m.version]));
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
