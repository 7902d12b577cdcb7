import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineModules } from '../machines/index.ts';
import { MAX_FILE_BYTES, MAX_MACHINE_STEPS, MAX_PLAYED_ITEMS } from './checkLimits.ts';
import { loadScenario } from './loader.ts';
import { MAX_PROBLEMS } from './problems.ts';
import { machineReference, referenceFile } from './reference.ts';
import { verifyRuns } from './verifyRuns.ts';

const readme = readFileSync(new URL('../../scenarios/README.md', import.meta.url), 'utf8');

describe('scenarios/README.md', () => {
  it.each(machineModules.map((m) => [m.id, m] as const))('%s: its REFERENCE.md lists the names it has now (else: npm run scenarios:reference)', (_id, m) => {
    expect(readFileSync(new URL(`../../${referenceFile(m.id)}`, import.meta.url), 'utf8')).toBe(machineReference(m));
  });

  it('states the limits of the check as the code has them', () => {
    const count = (text: string) => readme.split(text).length - 1;
    expect(count(`**${MAX_PLAYED_ITEMS}**`)).toBe(2);
    expect(count(`**${MAX_MACHINE_STEPS}**`)).toBe(2);
    expect(count(`${MAX_FILE_BYTES / 1024 / 1024} MB`)).toBe(2);
    expect([count(`${MAX_PROBLEMS} baris`), count(`${MAX_PROBLEMS} lines`)]).toEqual([1, 1]);
  });

  it('its complete example is a valid drill whose golden passes and bad runs fail as stated', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '';
    const { id, machine } = JSON.parse(example) as { id: string; machine: string };
    const r = loadScenario(`scenarios/${machine}/${id}.json`, example, machineModules);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const m = machineModules.find((x) => x.id === machine);
    expect(m && verifyRuns(m, r.drill)).toEqual([]);
  });
});
