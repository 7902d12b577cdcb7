import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.ts';

describe('ManualClock', () => {
  it('fires timers in due order and only when time reaches them', () => {
    const clock = new ManualClock();
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b'), 200);
    clock.setTimeout(() => fired.push('a'), 100);
    clock.advance(99);
    expect(fired).toEqual([]);
    clock.advance(1);
    expect(fired).toEqual(['a']);
    expect(clock.nextDueIn()).toBe(100);
    clock.advance(500);
    expect(fired).toEqual(['a', 'b']);
    expect(clock.now()).toBe(600);
    expect(clock.nextDueIn()).toBeNull();
  });

  it('honours timers scheduled while firing and cancelled timers', () => {
    const clock = new ManualClock();
    const fired: number[] = [];
    const id = clock.setTimeout(() => fired.push(1), 50);
    clock.setTimeout(() => {
      fired.push(2);
      clock.setTimeout(() => fired.push(3), 10);
    }, 20);
    clock.clearTimeout(id);
    clock.advance(100);
    expect(fired).toEqual([2, 3]);
  });
});
