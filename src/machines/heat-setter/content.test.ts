import { describe, expect, it } from 'vitest';
import { heatSetterMessages as M } from './content.ts';
import { heatSetterControls, heatSetterFaults } from './controls.ts';

describe('heat setter texts', () => {
  it('both languages have exactly the same keys', () => {
    expect(Object.keys(M.en).sort()).toEqual(Object.keys(M.id).sort());
  });

  it('every control and fault has a label in both languages', () => {
    const need = [...heatSetterControls.map((c) => `control.${c.id}`), ...heatSetterFaults.flatMap((f) => [`fault.${f.id}`, `fault.${f.id}.desc`])];
    for (const lang of ['id', 'en'] as const) expect(need.filter((k) => !(k in M[lang])), lang).toEqual([]);
  });

  it('the numbers quoted come from the constants', () => {
    expect(M.en['ticket.summary']).toBe('Work ticket: 100 °C, steam low, 0.5 m/min, chiller -10 °C.');
    expect(M.id.purpose).toContain('14 hari');
  });
});
