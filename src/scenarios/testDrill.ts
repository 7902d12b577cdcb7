import { machineModules } from '../machines/index.ts';
import { loadScenario } from './loader.ts';
import type { Drill } from './types.ts';

/**
 * A small clicking-press drill for tests: powered with the pump running, low oil after 5 s, lock
 * out within 30 s. Tests change a copy of it to probe one rule at a time.
 */
export const PROBE_FILE = 'scenarios/clicking-press/probe.json';

export const probeDoc = () => ({
  id: 'probe',
  machine: 'clicking-press',
  title: { id: 'Uji', en: 'Probe' },
  briefing: { id: 'Uji coba', en: 'A probe' },
  mode: 'free',
  start: [
    { type: 'user.inspect', control: 'floorMark' },
    { type: 'user.inspect', control: 'oilSightGlass' },
    { type: 'user.inspect', control: 'board' },
    { type: 'user.inspect', control: 'dieRack' },
    { type: 'user.set', control: 'mainSwitch', value: 'on' },
    { type: 'user.press', control: 'pumpStart' },
    { skip: true },
  ],
  startState: 'power.powered.pumpRunning.ready',
  faults: [{ fault: 'lowOil', at: { afterSeconds: 5 } }],
  objectives: [{ type: 'respondToFault', fault: 'lowOil', withinSeconds: 30, response: { state: 'power.off' } }],
  timeLimitSeconds: 120,
  passMark: 70,
  golden: [{ t: 6000, event: { type: 'user.set', control: 'mainSwitch', value: 'off' } }] as unknown[],
  badRuns: [{ events: [], expect: { failed: 'objective' } }] as unknown[],
});

export type ProbeDoc = ReturnType<typeof probeDoc> & Record<string, unknown>;

export function loadProbe(change: (doc: ProbeDoc) => void = () => {}): Drill {
  const doc = probeDoc() as ProbeDoc;
  change(doc);
  const r = loadScenario(PROBE_FILE, JSON.stringify(doc), machineModules);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.drill;
}
