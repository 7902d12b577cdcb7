import { describe, expect, it } from 'vitest';
import { testPress } from '../../../tests/support/fixtures/testPress/index.ts';
import type { MachineModule } from '../machineModule.ts';
import { activeDelayNames } from '../exploration.ts';
import { createSession } from '../session.ts';

/** Walks the guided hints until `stop` holds, recording whether a skip was offered at each point. */
function walk(m: MachineModule, stop: (delays: string[]) => boolean) {
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
  it('the test press declares its motor run-up', () => {
    expect(testPress.longWaits).toEqual(['motorRunUp']);
  });
  it('a declared long wait may be skipped', () => {
    const { s } = walk(testPress, (d) => d.includes('motorRunUp'));
    expect(s.canSkip()).toBe(true);
    expect(s.skipWait()).toBeGreaterThan(0);
    expect(s.actor.getSnapshot().hasTag('motorOn')).toBe(true);
  });
  it('never while an undeclared wait runs, however long (the dwell under the plate)', () => {
    const { s } = walk(testPress, (d) => d.includes('dwellTick'));
    expect(s.pendingWait()).toBeGreaterThanOrEqual(1000);
    expect(s.canSkip()).toBe(false);
  });
  it('never during a short wait either (the stroke)', () => {
    const s = createSession(testPress, 'free');
    s.send({ type: 'user.set', control: 'mainSwitch', value: 'on' });
    s.send({ type: 'user.press', control: 'start' });
    expect(s.canSkip()).toBe(true);
    s.skipWait();
    s.send({ type: 'user.press', control: 'cycleButton' });
    expect(s.pendingWait()).not.toBeNull();
    expect(s.canSkip()).toBe(false);
  });
  it('a machine that declares no long waits lets any long wait be skipped', () => {
    const { s } = walk({ ...testPress, longWaits: undefined }, (d) => d.includes('dwellTick'));
    expect(s.canSkip()).toBe(true);
  });
});
