import { describe, expect, it } from 'vitest';
import { solePress } from '../../machines/sole-press/index.ts';
import { clickingPress } from '../../machines/clicking-press/index.ts';
import { activeDelayNames } from '../exploration.ts';
import { createSession } from '../session.ts';

/** Walks the guided hints until `stop` holds, recording whether a skip was offered at each point. */
function walk(m: typeof solePress, stop: (delays: string[]) => boolean) {
  const s = createSession(m, 'guided');
  for (let i = 0; i < 400; i++) {
    const delays = activeDelayNames(s.actor.getSnapshot());
    if (stop(delays)) return { s, delays };
    const [next] = s.hints();
    if (next) s.send(next);
    else s.skipWait();
  }
  throw new Error('never reached');
}

describe('fast-forward offers only the long waits a machine declares', () => {
  it('sole press: the reactivator warm-up may be skipped', () => {
    const { s } = walk(solePress, (d) => d.includes('reactivatorWarmUp'));
    expect(s.canSkip()).toBe(true);
  });
  it('sole press: never while the adhesive open time runs (skipping would let the glue die)', () => {
    const { s } = walk(solePress, (d) => d.includes('openTime'));
    expect(s.pendingWait()).not.toBeNull();
    expect(s.canSkip()).toBe(false);
  });
  it('clicking press: the pump pressure build may be skipped, the two-hand window never', () => {
    const s = createSession(clickingPress, 'free');
    s.send({ type: 'user.set', control: 'mainSwitch', value: 'on' });
    s.send({ type: 'user.press', control: 'pumpStart' });
    expect(s.canSkip()).toBe(true);
    s.skipWait();
    s.send({ type: 'user.set', control: 'arm', value: 'overDie' });
    s.send({ type: 'user.press', control: 'buttonLeft' });
    expect(s.pendingWait()).not.toBeNull();
    expect(s.canSkip()).toBe(false);
  });
});
