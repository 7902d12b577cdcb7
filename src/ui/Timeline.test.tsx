// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '../engine/session.ts';
import type { actionLabel } from './actionLabel.ts';
import { fixtureMachines } from '../../tests/support/fixtures/registry.ts';
import { testPress } from '../../tests/support/fixtures/testPress/index.ts';
import { addMachineMessages, I18nProvider } from '../common/i18n.tsx';
import { Timeline, WINDOW_FROM_ROWS } from './Timeline.tsx';

/** Every row render labels its action once: counting labels counts row renders. */
const labelled = vi.hoisted(() => ({ count: 0 }));
vi.mock('./actionLabel.ts', async (original) => {
  const real = await original<{ actionLabel: typeof actionLabel }>();
  return { actionLabel: (...args: Parameters<typeof actionLabel>) => (labelled.count++, real.actionLabel(...args)) };
});

addMachineMessages(fixtureMachines);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A big record: 20,000 presses and releases, a mistake every 50th. */
const entries: LogEntry[] = Array.from({ length: 20_000 }, (_, i) => ({
  t: i * 100,
  kind: 'event',
  event: { type: i % 2 ? 'user.release' : 'user.press', control: 'cycleButton' },
  accepted: true,
  by: i < 40 ? 'scenario' : 'trainee',
}));
const mistakes = entries.flatMap((e, i) => (i % 50 === 49 ? [{ id: 'wrongOrder', severity: 'minor' as const, t: e.t, entry: i }] : []));

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});
const show = (props: { entries: readonly LogEntry[]; position?: number; setupCount?: number }) =>
  act(() =>
    root.render(
      <I18nProvider lang="en">
        <Timeline machineId={testPress.id} mistakes={mistakes} {...props} />
      </I18nProvider>,
    ),
  );
const rows = () => host.querySelectorAll('li[data-entry]');

describe('Timeline', () => {
  it('renders only the rows in view of a 20,000-entry record', () => {
    show({ entries, position: 1 });
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(80);
  });

  it('a replay position update re-renders only the rows whose marker moves', async () => {
    show({ entries, position: 3 });
    labelled.count = 0;
    const changed = new Set<Node>();
    const observer = new MutationObserver((list) => list.forEach((m) => changed.add(m.target.nodeType === 1 ? m.target : m.target.parentNode!)));
    observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
    show({ entries, position: 4 });
    await Promise.resolve();
    observer.disconnect();
    expect(labelled.count).toBe(2);
    expect([...changed].map((n) => (n as Element).getAttribute('data-entry')).sort()).toEqual(['2', '3']);
    expect(host.querySelector('li.now')?.getAttribute('data-entry')).toBe('3');
  });

  it('folds the drill set-up into one line that opens on request', () => {
    const short = entries.slice(0, 60);
    show({ entries: short, setupCount: 40 });
    expect(rows()).toHaveLength(20);
    expect(host.querySelector('[data-testid="timeline-setup"]')?.textContent).toContain('Scenario set-up: 40 steps');
    act(() => (host.querySelector('[data-testid="timeline-setup"]') as HTMLButtonElement).click());
    expect(rows()).toHaveLength(60);
  });

  it('short timelines render every row in full', () => {
    show({ entries: entries.slice(0, WINDOW_FROM_ROWS) });
    expect(rows()).toHaveLength(WINDOW_FROM_ROWS);
    expect(host.querySelector('.timeline-window')).toBeNull();
  });

  it("a hand's run of moves on one control is one line, from its first to its last value", () => {
    const moves: LogEntry[] = [0.1, 0.2, 0.3, 0.4].map((value, i) => ({ t: i * 50, kind: 'event', event: { type: 'user.adjust', control: 'cycleButton', value }, accepted: true, by: 'trainee' }));
    show({ entries: [entries[0]!, ...moves, entries[1]!] });
    expect(rows()).toHaveLength(3);
    const run = host.querySelector('li[data-moves]');
    expect(run?.getAttribute('data-moves')).toBe('4');
    expect(run?.textContent).toMatch(/0[.,]1.*→.*0[.,]4 \(4 moves/);
  });
});
