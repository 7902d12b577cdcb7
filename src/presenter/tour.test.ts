import { describe, expect, it } from 'vitest';
import { machineModules } from '../machines/index.ts';
import { buildTour, playStop, sessionAt } from './tour.ts';
import { pickMistake } from './showMistake.ts';

const stateOf = (s: ReturnType<typeof sessionAt>) => JSON.stringify(s.actor.getSnapshot().value);
const doneIds = (s: ReturnType<typeof sessionAt>) => s.steps().filter((st) => st.done).map((st) => st.id);

describe.each(machineModules.map((m) => [m.id, m] as const))('tour of %s', (_id, module) => {
  const tour = buildTour(module);

  it('covers every procedure step, in stops that each finish something', () => {
    const atStart = doneIds(sessionAt(module, tour, 0));
    const covered = [...atStart, ...tour.steps.flatMap((st) => st.stepIds)];
    expect(new Set(covered)).toEqual(new Set(module.procedure.steps.map((st) => st.id)));
    for (const stop of tour.steps) expect(stop.endEntry).toBeGreaterThan(stop.startEntry - 1);
  });

  it('ends complete, and each position has exactly the earlier stops done', () => {
    expect(sessionAt(module, tour, tour.steps.length).outcome().status).toBe('complete');
    tour.steps.forEach((stop, p) => {
      const s = sessionAt(module, tour, p);
      const expected = doneIds(sessionAt(module, tour, 0)).concat(tour.steps.slice(0, p).flatMap((st) => st.stepIds));
      expect(doneIds(s).filter((id) => !expected.includes(id)), `position ${p}`).toEqual([]);
      for (const id of stop.stepIds) expect(doneIds(s)).not.toContain(id);
    });
  });

  it('playing a stop on the session at its start gives the next position, with no mistakes', () => {
    tour.steps.forEach((_stop, p) => {
      const s = sessionAt(module, tour, p);
      playStop(s, tour, p);
      const next = sessionAt(module, tour, p + 1);
      expect(stateOf(s), `stop ${p}`).toBe(stateOf(next));
      expect(s.mistakes()).toEqual([]);
    });
  });

  it('names the control nodes each stop uses (for the camera and the highlight)', () => {
    const nodes = new Set(module.controls.map((c) => c.node));
    for (const stop of tour.steps) for (const n of stop.nodes) expect(nodes.has(n)).toBe(true);
    for (const stop of tour.steps) if (stop.focus) expect(stop.nodes).toContain(stop.focus);
    expect(tour.steps.filter((st) => st.nodes.length > 0).length).toBeGreaterThan(tour.steps.length / 2);
  });

  it('finds a wrong action or fault to show at most stops', () => {
    const found = tour.steps.map((_st, p) => pickMistake(module, sessionAt(module, tour, p).actor.getSnapshot()));
    expect(found.filter(Boolean).length).toBeGreaterThan(tour.steps.length / 2);
    for (const m of found) if (m?.kind === 'mistake') expect(module.mistakes.specs.some((sp) => sp.id === m.mistake)).toBe(true);
  });
});
