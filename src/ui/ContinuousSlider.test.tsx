// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createMachine } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ControlSpec, GladiEvent, MachineModule } from '../engine/machineModule.ts';
import { SessionContext, type SessionHandle } from '../engine/react/SessionContext.tsx';
import { createSession, type Session } from '../engine/session.ts';
import { ControlWidget } from './ControlWidget.tsx';
import { addMachineMessages, I18nProvider } from '../common/i18n.tsx';
import { SAMPLE_INTERVAL_MS } from '../common/continuousSampler.ts';

/** A made-up machine: a treadle that springs back, a screw that stays, a plain button. */
const treadle: ControlSpec = { id: 'treadle', kind: 'continuous', node: 'Treadle', group: 'work', events: [{ type: 'user.adjust', control: 'treadle', value: 0 }], range: { min: 0, max: 1, step: 0.05, rest: 0 } };
const screw: ControlSpec = { id: 'screw', kind: 'continuous', node: 'Screw', group: 'setup', events: [{ type: 'user.adjust', control: 'screw', value: 1 }], range: { min: 0.2, max: 2, step: 0.1, initial: 1, unit: 'mm' } };
const lamp: ControlSpec = { id: 'lamp', kind: 'button', node: 'Lamp', group: 'setup', events: [{ type: 'user.press', control: 'lamp' }] };
const line = { key: 'status', tone: 'info' as const };
const fixture: MachineModule = {
  id: 'test-handwork',
  version: '1',
  machine: createMachine({ id: 'handwork', on: { 'user.adjust': {}, 'user.press': {} } }),
  controls: [treadle, screw, lamp],
  modelUrl: '',
  animatedNodes: [],
  faults: [],
  procedure: { steps: [], order: [] },
  mistakes: { specs: [], detect: () => [] },
  messages: { id: { 'control.treadle': 'Pedal', 'control.screw': 'Sekrup', 'control.lamp': 'Lampu' }, en: { 'control.treadle': 'Treadle', 'control.screw': 'Screw', 'control.lamp': 'Lamp' } },
  readControl: () => undefined,
  status: () => line,
  exploration: { events: [], key: () => '' },
  refusal: () => line,
};
addMachineMessages([fixture]);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let session: Session;
let sent: { event: GladiEvent; at: number | undefined }[];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  // A page that has been open a while (React reads a timeStamp of 0 as "none").
  vi.advanceTimersByTime(10_000);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  session = createSession(fixture);
  sent = [];
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

function show(control: ControlSpec, live = true) {
  const handle: SessionHandle = {
    session,
    module: fixture,
    live,
    send(event, at) {
      sent.push({ event, at });
      return session.send(event);
    },
  };
  act(() =>
    root.render(
      <I18nProvider lang="en">
        <SessionContext.Provider value={handle}>
          <ControlWidget control={control} />
        </SessionContext.Provider>
      </I18nProvider>,
    ),
  );
  const input = host.querySelector('input[type="range"]');
  return input instanceof HTMLInputElement ? input : null;
}

/** Dispatches a DOM event stamped with `at` (the timeStamp the sampler reads). */
function fire(target: EventTarget, event: Event, at: number) {
  Object.defineProperty(event, 'timeStamp', { value: at });
  act(() => void target.dispatchEvent(event));
}
const pointer = (type: string) => new PointerEvent(type, { bubbles: true, pointerId: 7, pointerType: 'touch' });
function slide(input: HTMLInputElement, value: number, at: number) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(value));
  fire(input, new Event('input', { bubbles: true }), at);
}
const values = () => sent.map((s) => (s.event.type === 'user.adjust' ? s.event.value : s.event.type));

describe('a continuous control in the panel', () => {
  it('is a labelled native slider with the range, the step and the value in words', () => {
    const input = show(screw);
    expect(input).not.toBeNull();
    expect(input?.closest('label')?.textContent).toContain('Screw');
    expect([input?.min, input?.max, input?.step, input?.value]).toEqual(['0.2', '2', '0.1', '1']);
    expect(input?.getAttribute('aria-valuetext')).toBe('1.0 mm');
    expect(input?.disabled).toBe(false);
  });

  it('a treadle says how it springs back, in words tied to the slider', () => {
    const input = show(treadle)!;
    const help = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toContain('springs back');
  });

  it('is disabled in a replay', () => {
    expect(show(treadle, false)?.disabled).toBe(true);
  });

  it('a treadle sends the first movement at once and springs back to rest on pointerup, at once', () => {
    const input = show(treadle)!;
    const t = performance.now();
    fire(input, pointer('pointerdown'), t);
    slide(input, 0.4, t + 5);
    slide(input, 0.55, t + 40);
    expect(values()).toEqual([0.4]);
    expect(input.value).toBe('0.55');
    fire(input, pointer('pointerup'), t + 60);
    expect(values()).toEqual([0.4, 0]);
    expect(sent[1]?.at).toBe(t + 60);
    expect(input.value).toBe('0');
    act(() => void vi.advanceTimersByTime(1000));
    expect(values()).toEqual([0.4, 0]);
  });

  it('a cancelled pointer, a blur, Escape and a hidden page each let go of the treadle', () => {
    const input = show(treadle)!;
    const byFinger = () => fire(input, pointer('pointerdown'), performance.now());
    const byKeys = () => undefined;
    const releases: [string, () => void, () => void][] = [
      ['pointercancel', byFinger, () => fire(input, pointer('pointercancel'), performance.now())],
      ['lost capture', byFinger, () => fire(input, pointer('lostpointercapture'), performance.now())],
      ['blur', byKeys, () => act(() => input.blur())],
      ['Escape', byFinger, () => fire(input, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }), performance.now())],
      [
        'hidden',
        byFinger,
        () => {
          Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
          fire(document, new Event('visibilitychange', { bubbles: true }), performance.now());
          Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
        },
      ],
    ];
    for (const [how, press, letGo] of releases) {
      act(() => void vi.advanceTimersByTime(SAMPLE_INTERVAL_MS));
      act(() => input.focus());
      press();
      slide(input, 0.3, performance.now());
      sent = [];
      letGo();
      expect([how, values()]).toEqual([how, [0]]);
    }
  });

  it('a treadle a finger holds stays pressed when the focus moves away, until the finger lifts', () => {
    const input = show(treadle)!;
    act(() => input.focus());
    fire(input, pointer('pointerdown'), performance.now());
    slide(input, 0.3, performance.now());
    act(() => input.blur());
    expect(values()).toEqual([0.3]);
    fire(input, pointer('pointerup'), performance.now());
    expect(values()).toEqual([0.3, 0]);
  });

  it('a release the session refused while paused is sent again when it resumes', async () => {
    const input = show(treadle)!;
    fire(input, pointer('pointerdown'), performance.now());
    slide(input, 0.6, performance.now());
    act(() => session.pause('trainer'));
    fire(input, pointer('pointerup'), performance.now());
    expect(values()).toEqual([0.6, 0]);
    act(() => session.resume(1000));
    await act(async () => await Promise.resolve());
    expect(values()).toEqual([0.6, 0, 0]);
    const logged = session.log().entries.flatMap((e) => (e.kind === 'event' && e.event.type === 'user.adjust' ? [e.event.value] : []));
    expect(logged).toEqual([0.6, 0]);
  });

  it('a value that came too soon is sent when its interval is over, and a knob stays where it was left', () => {
    const input = show(screw)!;
    const t = performance.now();
    fire(input, pointer('pointerdown'), t);
    slide(input, 1.5, t);
    slide(input, 1.8, t + 20);
    fire(input, pointer('pointerup'), t + 30);
    expect(values()).toEqual([1.5]);
    expect(input.getAttribute('aria-valuetext')).toBe('1.8 mm');
    act(() => void vi.advanceTimersByTime(SAMPLE_INTERVAL_MS));
    expect(values()).toEqual([1.5, 1.8]);
    expect(input.value).toBe('1.8');
  });

  it('other control kinds render as before', () => {
    expect(show(lamp)).toBeNull();
    expect(host.querySelector('[data-control="lamp"] button')?.textContent).toBe('Lamp');
  });
});
