import { describe, expect, it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';
import { LANGS } from '../../src/i18n/catalogue.ts';
import { appMessages } from '../../src/i18n/appMessages.ts';
import { ENGINE_MISTAKES } from '../../src/engine/mistakes.ts';
import { replayLog } from '../../src/engine/replay.ts';
import { createSession } from '../../src/engine/session.ts';
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

describe('exam rules', () => {
  const m = machineModules[0]!;
  it('ends failed on time-out, at the limit, and the replay agrees', () => {
    const s = createSession(m, { mode: 'exam', timeLimitMs: 60_000 });
    s.advance(59_999);
    expect(s.outcome().status).toBe('running');
    s.advance(5);
    expect(s.outcome()).toMatchObject({ status: 'failed', reason: 'timeout', t: 60_000 });
    expect(replayLog(m, s.log()).outcome()).toEqual(s.outcome());
    expect(s.pendingWait()).toBeNull();
  });
  it('a critical violation fails the exam at once and stops the session', () => {
    const s = createSession(m, { mode: 'exam', timeLimitMs: 600_000 });
    const critical = m.mistakes.specs.find((sp) => sp.severity === 'critical');
    expect(critical).toBeDefined();
    // Drive the trainee into the machine's first critical mistake by brute force over its events.
    const events = m.controls.flatMap((c) => c.events);
    for (let i = 0; i < 2000 && s.outcome().status === 'running'; i++) s.send(events[(i * 7) % events.length]!);
    expect(s.outcome()).toMatchObject({ status: 'failed', reason: 'critical' });
    expect(s.send(events[0]!)).toBe(false);
  });
});
