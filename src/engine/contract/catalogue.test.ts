import { describe, expect, it } from 'vitest';
import { machineCatalogue } from '../../machines/catalogue.ts';
import { machineModules } from '../../machines/index.ts';

describe('home catalogue', () => {
  it('lists exactly the machines of the registry, in order, with their own names and purposes', () => {
    expect(machineCatalogue.map((m) => m.id)).toEqual(machineModules.map((m) => m.id));
    for (const m of machineModules) {
      const summary = machineCatalogue.find((c) => c.id === m.id)!;
      for (const lang of ['id', 'en'] as const) {
        expect(summary.texts[lang].name).toBe(m.messages[lang].name);
        expect(summary.texts[lang].purpose).toBe(m.messages[lang].purpose);
      }
    }
  });
});
