// @vitest-environment happy-dom
/**
 * The 2D view's kit contract (issue 12): every machine folder has a `schematic.tsx` that renders,
 * over a live session, every control of its controls.ts with the same `data-control` id, every
 * lamp, display and gauge of its model (nodes named `…Lamp(s)`, `…Display`, `…GaugeNeedle`), the
 * guide's hints, and a click on it goes through the session like a click on the model. Machines
 * come from the registries (by folder), so a new machine is covered without naming it here.
 */
import { act, createElement, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { GladiEvent, MachineModule } from '../../src/engine/machineModule.ts';
import { SessionContext, type SessionHandle } from '../../src/engine/react/SessionContext.tsx';
import { createSession, type Session } from '../../src/engine/session.ts';
import { HintContext, NO_HINTS, type Hints } from '../../src/common/HintContext.tsx';
import { addMachineMessages, I18nProvider } from '../../src/common/i18n.tsx';
import { byFolder } from '../../src/machines/folderId.ts';
import { machineModules } from '../../src/machines/index.ts';
import { schematicIds } from '../../src/ui/schematic/machineSchematics.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
addMachineMessages(machineModules);

const schematics = new Map(byFolder(import.meta.glob<ComponentType>('../../src/machines/*/schematic.tsx', { eager: true, import: 'default' }), 4));
const nodeMaps = new Map(byFolder(import.meta.glob<Readonly<Record<string, string>>>('../../src/machines/*/nodes.ts', { eager: true, import: 'default' }), 4));

/** The model's indicators a 2D view must show: `[attribute, id]` from the node map's keys. */
export function indicatorsOf(nodes: Readonly<Record<string, string>>): [attr: string, id: string][] {
  return Object.keys(nodes).flatMap((key): [string, string][] => {
    if (/Lamps?$/.test(key)) return [['data-lamp', key]];
    if (/Display$/.test(key)) return [['data-display', key]];
    if (/GaugeNeedle$/.test(key)) return [['data-gauge', key.replace(/Needle$/, '')]];
    return [];
  });
}

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

function render(module: MachineModule, session: Session, hints: Hints = NO_HINTS, lang: 'id' | 'en' = 'id'): HTMLElement {
  const Schematic = schematics.get(module.id);
  if (!Schematic) throw new Error(`src/machines/${module.id}/schematic.tsx is missing`);
  const handle: SessionHandle = { session, module, live: true, send: (e: GladiEvent) => session.send(e) };
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const tree = createElement(I18nProvider, { lang, children: createElement(SessionContext.Provider, { value: handle }, createElement(HintContext.Provider, { value: hints }, createElement(Schematic))) });
  act(() => root!.render(tree));
  return host;
}

describe('every machine has a 2D view', () => {
  it('the schematic registry finds one per machine folder', () => {
    expect([...schematicIds]).toEqual(machineModules.map((m) => m.id).sort());
    expect([...schematics.keys()]).toEqual([...schematicIds]);
  });

  describe.each(machineModules.map((m) => [m.id, m] as const))('%s', (_id, module) => {
    it('renders every control of controls.ts once, by its id, and no other', () => {
      const el = render(module, createSession(module, 'free'));
      const shown = [...el.querySelectorAll('[data-control]')].map((e) => e.getAttribute('data-control'));
      expect(shown.sort()).toEqual(module.controls.filter((c) => c.node).map((c) => c.id).sort());
    });

    it("shows every lamp, display and gauge of the model, and texts in both languages (no missing key)", () => {
      const nodes = nodeMaps.get(module.id) ?? {};
      const wanted = indicatorsOf(nodes);
      expect(wanted.length).toBeGreaterThan(0);
      for (const lang of ['id', 'en'] as const) {
        const el = render(module, createSession(module, 'free'), NO_HINTS, lang);
        for (const [attr, id] of wanted) expect(el.querySelector(`[${attr}="${id}"]`), `${attr}="${id}"`).not.toBeNull();
        // A missing text shows as "[key]" (catalogue.ts): none on the drawing.
        expect(el.textContent ?? '').not.toMatch(/\[[a-zA-Z-]+\.[^\]]+\]/);
        act(() => root?.unmount());
        root = null;
      }
    });

    it('guided hints ring the controls the guide names, with the panel\'s attributes', () => {
      const session = createSession(module, 'guided');
      const hints = { events: session.hints(), fastForward: false };
      expect(hints.events.length).toBeGreaterThan(0);
      const el = render(module, session, hints);
      const ringed = [...el.querySelectorAll('[data-control][data-hint]')].map((e) => e.getAttribute('data-control'));
      const named = new Set(hints.events.map((e) => ('control' in e ? e.control : '')));
      expect(ringed.length).toBeGreaterThan(0);
      for (const id of ringed) expect(named.has(id ?? '')).toBe(true);
      expect(el.querySelectorAll('.sx-hint-ring').length).toBe(ringed.length);
    });

    it('a click on a position of the drawing sends that event through the session', () => {
      const session = createSession(module, 'free');
      const el = render(module, session);
      const snap = session.actor.getSnapshot();
      // The first selector position the chart accepts now and the control is not already in.
      const target = module.controls
        .flatMap((c) => c.events.filter((e): e is Extract<GladiEvent, { type: 'user.set' }> => e.type === 'user.set').map((e) => ({ c, e })))
        .find(({ c, e }) => snap.can(e) && module.readControl(snap, c.id) !== e.value);
      if (!target) throw new Error(`${module.id}: no selector position is accepted at the start`);
      const button = el.querySelector<HTMLButtonElement>(`[data-control="${target.c.id}"] button[data-value="${target.e.value}"]`);
      expect(button, `${target.c.id}=${target.e.value} on the drawing`).not.toBeNull();
      act(() => button!.click());
      expect(module.readControl(session.actor.getSnapshot(), target.c.id)).toBe(target.e.value);
      expect(el.querySelector(`[data-control="${target.c.id}"] button[data-value="${target.e.value}"]`)?.getAttribute('aria-pressed')).toBe('true');
    });
  });
});
