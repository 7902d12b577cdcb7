import { createActor, createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { inState, stateValue, statusLine } from './statusLine.ts';

describe('status helpers', () => {
  it('turns a dotted path into the nested value matches() takes', () => {
    expect(stateValue('press.powered.ready')).toEqual({ press: { powered: 'ready' } });
    expect(stateValue('idle')).toBe('idle');
  });

  it('finds a state in any parallel region, and only that state', () => {
    const chart = createMachine({ type: 'parallel', states: { a: { initial: 'on', states: { on: {}, off: {} } }, b: { initial: 'x', states: { x: {} } } } });
    const s = createActor(chart).start().getSnapshot();
    expect(inState(s, 'a.on')).toBe(true);
    expect(inState(s, 'b.x')).toBe(true);
    expect(inState(s, 'a.off')).toBe(false);
  });

  it('keeps params only when there are some', () => {
    expect(statusLine('k')).toEqual({ key: 'k', tone: 'info' });
    expect(statusLine('k', 'warn', { n: 2 })).toEqual({ key: 'k', tone: 'warn', params: { n: 2 } });
  });
});
