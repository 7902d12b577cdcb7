import { describe, expect, it } from 'vitest';
import { machineModules } from '../../machines/index.ts';
import { LANGS } from '../../i18n/catalogue.ts';
import { appMessages } from '../../i18n/appMessages.ts';
import { ENGINE_MISTAKES } from '../mistakes.ts';
import { replayLog } from '../replay.ts';
import { createSession } from '../session.ts';
import { followHints } from './hintFollower.ts';

describe.each(machineModules.map((m) => [m.id, m] as const))('practice modes: %s', (_id, m) => {
  it('a trainee who follows the guided hints reaches complete without a single mistake', () => {
    const s = followHints(m);
    expect(s.outcome().status).toBe('complete');
    expect(s.mistakes()).toEqual([]);
    expect(s.steps().every((st) => st.done)).toBe(true);
    expect(s.score().score).toBe(100);
  });

  it('exam mode gives no hints at all', () => {
    const s = followHints(m, 'guided');
    const log = s.log();
    const exam = replayLog(m, { ...log, mode: 'exam', entries: log.entries.slice(0, 3) });
    expect(exam.hints()).toEqual([]);
    expect(exam.requestHint()).toEqual([]);
  });

  it('free mode records every help request as a minor item', () => {
    const s = createSession(m, 'free');
    expect(s.requestHint().length).toBeGreaterThan(0);
    s.requestHint();
    const item = s.score().items.find((i) => i.id === ENGINE_MISTAKES.hintRequested.id);
    expect(item?.count).toBe(2);
  });

  it('the replay of a recorded session reaches exactly the same state, log and mistakes', () => {
    const s = followHints(m, 'free');
    const replay = replayLog(m, s.log());
    expect(replay.actor.getSnapshot().value).toEqual(s.actor.getSnapshot().value);
    expect(replay.actor.getSnapshot().context).toEqual(s.actor.getSnapshot().context);
    expect(replay.log()).toEqual(s.log());
    expect(replay.mistakes()).toEqual(s.mistakes());
    expect(replay.outcome()).toEqual(s.outcome());
  });

  it.each(LANGS)('every step and mistake has text in %s', (lang) => {
    const msgs = m.messages[lang];
    const keys = [
      ...m.procedure.steps.map((st) => `step.${st.id}`),
      ...m.mistakes.specs.flatMap((sp) => [`mistake.${sp.id}`, `mistake.${sp.id}.why`, `mistake.${sp.id}.instead`]),
    ];
    expect(keys.filter((k) => msgs[k] === undefined)).toEqual([]);
    const engineKeys = Object.values(ENGINE_MISTAKES).flatMap((sp) => [`mistake.${sp.id}`, `mistake.${sp.id}.why`, `mistake.${sp.id}.instead`]);
    expect(engineKeys.filter((k) => appMessages[lang][k] === undefined)).toEqual([]);
  });

  it('order constraints name real steps', () => {
    const ids = new Set(m.procedure.steps.map((st) => st.id));
    for (const [a, b] of m.procedure.order) expect([ids.has(a), ids.has(b)]).toEqual([true, true]);
  });
});
