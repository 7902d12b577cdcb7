// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ContinuousRange } from '../engine/continuous.ts';
import type { ContinuousChannel } from '../common/continuousChannel.ts';
import { dragValue, followDrag } from './controlDrag.ts';

const treadle: ContinuousRange = { min: 0, max: 1, step: 0.05, rest: 0 };
const down = { axis: 'y', pixelsForRange: 200 } as const;

/** A channel that only records what the drag tells it. */
function recorder(value = 0) {
  const calls: string[] = [];
  const channel: ContinuousChannel = {
    range: treadle,
    move: (raw, at) => void calls.push(`move ${raw.toFixed(3)} @${at}`),
    release: (at) => void calls.push(`release @${at}`),
    value: () => value,
    pending: () => null,
    subscribe: () => () => undefined,
  };
  return { channel, calls };
}
/** Stands for the control panel: a finger there is the other hand. */
const panel = document.createElement('div');
document.body.append(panel);
function pointer(type: string, pointerId: number, clientX: number, clientY: number, at: number, target: EventTarget = window) {
  const ev = new PointerEvent(type, { bubbles: true, pointerId, clientX, clientY });
  Object.defineProperty(ev, 'timeStamp', { value: at });
  target.dispatchEvent(ev);
}

describe('dragValue', () => {
  it('maps pixels along the axis to the range from the value at drag start', () => {
    expect(dragValue(treadle, down, 0, 500, 100)).toBe(0.5);
    expect(dragValue(treadle, down, 0.5, 0, -50)).toBe(0.25);
    expect(dragValue({ min: -3, max: 3, step: 0.1 }, { axis: 'x', pixelsForRange: 300 }, 0, 50, 999)).toBe(1);
  });
});

describe('followDrag', () => {
  const start = (value: number, ended: string[]) => {
    const r = recorder(value);
    followDrag({ channel: r.channel, drag: down, pointerId: 1, x: 10, y: 10, onEnd: () => ended.push('end'), onSecondFinger: (id) => ended.push(`second ${id}`), onStage: (t) => t !== panel });
    return r;
  };

  it('moves the control with its own pointer only, and lets go when that pointer lifts', () => {
    const ended: string[] = [];
    const { calls } = start(0.2, ended);
    pointer('pointermove', 1, 10, 50, 100);
    pointer('pointermove', 2, 10, 200, 110);
    pointer('pointerup', 2, 10, 200, 120);
    pointer('pointerup', 1, 10, 60, 130);
    pointer('pointermove', 1, 10, 90, 140);
    expect(calls).toEqual(['move 0.400 @100', 'release @130']);
    expect(ended).toEqual(['end']);
  });

  it('a second finger ends the drag as a release and is reported, and a cancel ends it too', () => {
    const ended: string[] = [];
    const first = start(0, ended);
    pointer('pointermove', 1, 10, 30, 100);
    pointer('pointerdown', 5, 300, 300, 110);
    pointer('pointermove', 1, 10, 90, 120);
    expect(first.calls).toEqual(['move 0.100 @100', 'release @110']);
    expect(ended).toEqual(['second 5', 'end']);
    const second = start(0, []);
    pointer('pointercancel', 1, 10, 10, 200);
    expect(second.calls).toEqual(['release @200']);
  });

  it('a finger on the panel is the other hand: the drag goes on', () => {
    const ended: string[] = [];
    const { calls } = start(0, ended);
    pointer('pointerdown', 6, 300, 300, 100, panel);
    pointer('pointermove', 1, 10, 50, 110);
    pointer('pointerup', 1, 10, 50, 120);
    expect(calls).toEqual(['move 0.200 @110', 'release @120']);
    expect(ended).toEqual(['end']);
  });

  it('the window losing focus lets go; a blur inside the page does not', () => {
    const { calls } = start(0, []);
    const inside = document.createElement('input');
    document.body.append(inside);
    inside.focus();
    inside.blur();
    inside.remove();
    pointer('pointermove', 1, 10, 30, 100);
    const ev = new FocusEvent('blur');
    Object.defineProperty(ev, 'timeStamp', { value: 150 });
    window.dispatchEvent(ev);
    expect(calls).toEqual(['move 0.100 @100', 'release @150']);
  });

  it("a mouse drag leaves the focus where it was (the mouse's mousedown does nothing by default), until it ends", () => {
    start(0, []);
    const during = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(during);
    pointer('pointerup', 1, 10, 10, 100);
    const after = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(after);
    expect([during.defaultPrevented, after.defaultPrevented]).toEqual([true, false]);
  });

  it('the page hidden lets go', () => {
    const { calls } = start(0, []);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    const ev = new Event('visibilitychange', { bubbles: true });
    Object.defineProperty(ev, 'timeStamp', { value: 300 });
    document.dispatchEvent(ev);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    pointer('pointermove', 1, 10, 90, 310);
    expect(calls).toEqual(['release @300']);
  });
});
