import { describe, expect, it } from 'vitest';
import { clickingPress } from '../machines/clicking-press/index.ts';
import { tapOptions } from './controlActions.ts';
import { createSession } from './session.ts';

const control = (id: string) => {
  const c = clickingPress.controls.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('tapOptions', () => {
  it('a two-position selector offers the other position only', () => {
    const s = createSession(clickingPress);
    expect(tapOptions(clickingPress, s.actor.getSnapshot(), control('mainSwitch')).options).toEqual([{ type: 'user.set', control: 'mainSwitch', value: 'on' }]);
    s.send({ type: 'user.set', control: 'mainSwitch', value: 'on' });
    expect(tapOptions(clickingPress, s.actor.getSnapshot(), control('mainSwitch')).options).toEqual([{ type: 'user.set', control: 'mainSwitch', value: 'off' }]);
  });
  it('a held control toggles between press and release', () => {
    const s = createSession(clickingPress);
    expect(tapOptions(clickingPress, s.actor.getSnapshot(), control('estop')).options).toEqual([{ type: 'user.press', control: 'estop' }]);
    s.send({ type: 'user.press', control: 'estop' });
    expect(tapOptions(clickingPress, s.actor.getSnapshot(), control('estop')).options).toEqual([{ type: 'user.release', control: 'estop' }]);
  });
  it('offers nothing the chart refuses, but keeps a fallback to log and explain', () => {
    const s = createSession(clickingPress);
    const t = tapOptions(clickingPress, s.actor.getSnapshot(), control('pumpStart'));
    expect(t.options).toEqual([]);
    expect(t.fallback).toEqual({ type: 'user.press', control: 'pumpStart' });
    expect(clickingPress.refusal(s.actor.getSnapshot(), t.fallback).key).toBe('refusal.powerOff');
  });
  it('a many-valued selector offers every other accepted position', () => {
    const s = createSession(clickingPress);
    const t = tapOptions(clickingPress, s.actor.getSnapshot(), control('depth'));
    expect(t.options).toHaveLength(10);
  });
});
