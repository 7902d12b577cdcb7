import { describe, expect, it } from 'vitest';
import { testPress } from '../../tests/support/fixtures/testPress/index.ts';
import { tapOptions } from './controlActions.ts';
import { createSession } from './session.ts';

const control = (id: string) => {
  const c = testPress.controls.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('tapOptions', () => {
  it('a two-position selector offers the other position only', () => {
    const s = createSession(testPress);
    expect(tapOptions(testPress, s.actor.getSnapshot(), control('mainSwitch')).options).toEqual([{ type: 'user.set', control: 'mainSwitch', value: 'on' }]);
    s.send({ type: 'user.set', control: 'mainSwitch', value: 'on' });
    expect(tapOptions(testPress, s.actor.getSnapshot(), control('mainSwitch')).options).toEqual([{ type: 'user.set', control: 'mainSwitch', value: 'off' }]);
  });
  it('a held control toggles between press and release', () => {
    const s = createSession(testPress);
    s.send({ type: 'user.set', control: 'mainSwitch', value: 'on' });
    expect(tapOptions(testPress, s.actor.getSnapshot(), control('estop')).options).toEqual([{ type: 'user.press', control: 'estop' }]);
    s.send({ type: 'user.press', control: 'estop' });
    expect(tapOptions(testPress, s.actor.getSnapshot(), control('estop')).options).toEqual([{ type: 'user.release', control: 'estop' }]);
  });
  it('offers nothing the chart refuses, but keeps a fallback to log and explain', () => {
    const s = createSession(testPress);
    const t = tapOptions(testPress, s.actor.getSnapshot(), control('start'));
    expect(t.options).toEqual([]);
    expect(t.fallback).toEqual({ type: 'user.press', control: 'start' });
    expect(testPress.refusal(s.actor.getSnapshot(), t.fallback).key).toBe('refusal.powerOff');
  });
  it('a many-valued selector offers every other accepted position', () => {
    const s = createSession(testPress);
    const dwell = control('dwell');
    const t = tapOptions(testPress, s.actor.getSnapshot(), dwell);
    expect(dwell.events.length).toBeGreaterThan(3);
    expect(t.options).toHaveLength(dwell.events.length - 1);
    expect(t.options).not.toContainEqual({ type: 'user.set', control: 'dwell', value: testPress.readControl(s.actor.getSnapshot(), 'dwell') });
  });
});
