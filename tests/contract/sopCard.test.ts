import { describe, expect, it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';
import { buildSopCard } from '../../src/sop/sopCard.ts';

describe.each(machineModules.map((m) => [m.id, m] as const))('SOP card data: %s', (_id, m) => {
  const card = buildSopCard(m);
  it('lists every procedure step in order, each practisable, most with a part', () => {
    expect(card.steps.map((st) => st.id)).toEqual(m.procedure.steps.map((st) => st.id));
    expect(card.steps.filter((st) => !st.practisable)).toEqual([]);
    for (const st of card.steps) if (st.node) expect(m.controls.some((c) => c.node === st.node), st.id).toBe(true);
    expect(card.steps.filter((st) => st.node).length).toBeGreaterThan(card.steps.length / 2);
  });
  it('has a text for every key it names, in both languages', () => {
    const keys = [
      'name',
      'purpose',
      ...card.steps.map((st) => `step.${st.id}`),
      ...card.never.map((id) => `mistake.${id}`),
      ...card.faults.flatMap((f) => [`fault.${f.id}`, `fault.${f.id}.desc`, ...(f.status ? [f.status.key] : []), ...f.actions.map((c) => `control.${c}`)]),
    ];
    for (const lang of ['id', 'en'] as const) expect(keys.filter((k) => m.messages[lang][k] === undefined), lang).toEqual([]);
  });
  it('shows what the machine says for most faults', () => {
    if (process.env.SOP_DEBUG) console.log(m.id, JSON.stringify(card.faults), JSON.stringify(card.ticket.map((t) => t.step)));
    expect(card.faults.filter((f) => f.status || f.actions.length).length).toBeGreaterThanOrEqual(Math.min(1, card.faults.length));
  });
});
