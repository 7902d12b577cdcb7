import { loadScenario } from '../../src/scenarios/loader.ts';
import type { Drill } from '../../src/scenarios/types.ts';
import { fixtureMachines } from './fixtures/registry.ts';

/**
 * A small drill on the test press for tests: checked, powered, e-stop tested and the motor
 * running; the motor overheats 5 s in, and the main switch must go off within 30 s. Tests change a
 * copy of it to probe one rule at a time. Load it with `fixtureMachines` (the test press is no
 * machine of the app).
 */
export const PROBE_FILE = 'scenarios/test-press/probe.json';

export const probeDoc = () => ({
  id: 'probe',
  machine: 'test-press',
  title: { id: 'Uji', en: 'Probe' },
  briefing: { id: 'Uji coba', en: 'A probe' },
  mode: 'free',
  start: [
    { type: 'user.inspect', control: 'guard' },
    { type: 'user.set', control: 'mainSwitch', value: 'on' },
    { type: 'user.press', control: 'estop' },
    { type: 'user.release', control: 'estop' },
    { type: 'user.press', control: 'reset' },
    { type: 'user.press', control: 'start' },
    { skip: true },
  ],
  startState: 'powered.running.ready',
  faults: [{ fault: 'overheat', at: { afterSeconds: 5 } }],
  objectives: [{ type: 'respondToFault', fault: 'overheat', withinSeconds: 30, response: { state: 'off' } }],
  timeLimitSeconds: 120,
  passMark: 70,
  golden: [{ t: 6000, event: { type: 'user.set', control: 'mainSwitch', value: 'off' } }] as unknown[],
  badRuns: [{ events: [], expect: { failed: 'objective' } }] as unknown[],
});

export type ProbeDoc = ReturnType<typeof probeDoc> & Record<string, unknown>;

export function loadProbe(change: (doc: ProbeDoc) => void = () => {}): Drill {
  const doc = probeDoc() as ProbeDoc;
  change(doc);
  const r = loadScenario(PROBE_FILE, JSON.stringify(doc), fixtureMachines);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.drill;
}
