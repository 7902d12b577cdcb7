import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';
import { LANGS } from '../../src/i18n/catalogue.ts';
import { appMessages } from '../../src/i18n/appMessages.ts';
import { moduleEvents } from '../../src/engine/exploration.ts';
import { reachableStates } from './explore.ts';
import { modelFileUrl } from '../../src/engine/modelFile.ts';

const valueLabelKeys = (control: string, value: string) => [`value.${control}.${value}`, `value.${control}`];

describe('machine registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = machineModules.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe.each(machineModules.map((m) => [m.id, m] as const))('machine module: %s', (id, m) => {
  it('points at a generated model under public/models', () => {
    expect(m.modelUrl).toBe(modelFileUrl(id));
    expect(existsSync(resolve('public', m.modelUrl)), `${m.modelUrl} exists (run npm run models)`).toBe(true);
  });

  it('has unique control ids, each with events that name the control', () => {
    const ids = m.controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of m.controls) {
      expect(c.events.length, c.id).toBeGreaterThan(0);
      for (const e of c.events) expect('control' in e && e.control, `${c.id} event ${JSON.stringify(e)}`).toBe(c.id);
    }
  });

  it('has faults whose ids match their inject events', () => {
    for (const f of m.faults) expect(f.event).toEqual({ type: 'fault.inject', fault: f.id });
  });

  it('exploration events are a subset of the module events', () => {
    const all = new Set(moduleEvents(m).map((e) => JSON.stringify(e)));
    for (const e of m.exploration.events) expect(all.has(JSON.stringify(e)), JSON.stringify(e)).toBe(true);
  });

  it.each(LANGS)('has every text in %s', (lang) => {
    const msgs = m.messages[lang];
    const missing: string[] = [];
    const need = (key: string) => (msgs[key] === undefined ? missing.push(key) : undefined);
    need('name');
    need('purpose');
    for (const c of m.controls) {
      need(`control.${c.id}`);
      for (const e of c.events) if (e.type === 'user.set' && !valueLabelKeys(c.id, e.value).some((k) => msgs[k] !== undefined)) missing.push(`value.${c.id}.${e.value}`);
    }
    for (const f of m.faults) {
      need(`fault.${f.id}`);
      need(`fault.${f.id}.desc`);
    }
    expect(missing).toEqual([]);
  });

  it('every panel group has a title in both languages (the machine\'s own, or a shared one of the app)', () => {
    for (const group of new Set(m.controls.map((c) => c.group)))
      for (const lang of LANGS) expect(m.messages[lang][`group.${group}`] ?? appMessages[lang][`group.${group}`], `${lang} group.${group}`).toBeTruthy();
  });

  it('both languages have exactly the same keys', () => {
    expect(Object.keys(m.messages.en).sort()).toEqual(Object.keys(m.messages.id).sort());
  });

  it('every status line and refusal of every reachable state has text', { timeout: 120_000 }, () => {
    const keys = new Set<string>();
    for (const r of reachableStates(m)) {
      keys.add(m.status(r.snapshot).key);
      for (const e of m.exploration.events) if (!r.snapshot.can(e)) keys.add(m.refusal(r.snapshot, e).key);
    }
    for (const lang of LANGS) expect([...keys].filter((k) => m.messages[lang][k] === undefined), lang).toEqual([]);
  });
});
