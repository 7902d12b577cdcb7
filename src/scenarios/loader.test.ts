import { describe, expect, it } from 'vitest';
import { fixtureMachines as machineModules } from '../../tests/support/fixtures/registry.ts';
import { PROBE_FILE, probeDoc, type ProbeDoc } from '../../tests/support/probeDrill.ts';
import { loadScenario } from './loader.ts';
import { MAX_PROBLEMS } from './problems.ts';

const load = (change: (doc: ProbeDoc) => void, file = PROBE_FILE) => {
  const doc = probeDoc() as ProbeDoc;
  change(doc);
  return loadScenario(file, JSON.stringify(doc), machineModules);
};
const problemsOf = (change: (doc: ProbeDoc) => void, file = PROBE_FILE) => {
  const r = load(change, file);
  return r.ok ? [] : r.problems;
};
const F = PROBE_FILE;

describe('loadScenario: reading and shape', () => {
  it('loads a good file and resolves it (seconds to ms, tags, the clock after the start)', () => {
    const r = load(() => {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.drill).toMatchObject({
      id: 'probe',
      machine: 'test-press',
      file: F,
      startMs: 1500,
      timeLimitMs: 120_000,
      startState: { state: 'powered.running.ready' },
      faults: [{ fault: 'overheat', at: { afterMs: 5000 } }],
      objectives: [{ type: 'respondToFault', withinMs: 30_000, response: { state: 'off' } }],
    });
  });

  it('takes an authors\' history of changes, with dates as YYYY-MM-DD', () => {
    expect(load((d) => ((d as Record<string, unknown>).history = [{ date: '2026-12-02', change: 'Golden run re-recorded.' }])).ok).toBe(true);
    const bad = problemsOf((d) => ((d as Record<string, unknown>).history = [{ date: '2.12.2026', change: 'x' }]));
    expect(bad.join('\n')).toContain(`${F}: history.0.date: a date as YYYY-MM-DD`);
  });

  it('names the file when the text is not JSON', () => {
    const r = loadScenario('x.json', '{ "id": ', machineModules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.stringMatching(/^x\.json: \(file\): not valid JSON/)]);
  });

  it.each([null, [], 'drill', 42])('refuses a top-level %j without throwing', (value) => {
    const r = loadScenario('x.json', JSON.stringify(value), machineModules);
    expect(r).toMatchObject({ ok: false, problems: [expect.stringMatching(/^x\.json: \(root\): /)] });
  });

  it('reports every shape problem with the path of the field', () => {
    const problems = problemsOf((d) => {
      d.mode = 'practice';
      d.passMark = 101;
      delete (d as Partial<ProbeDoc>).title;
      d.extra = 1;
      d.start[1] = { type: 'user.set', control: 'mainSwitch' } as never;
      d.start[6] = { skip: false } as never;
      d.golden = [{ t: -1, event: { type: 'user.kick', control: 'x' } }];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^scenarios\/test-press\/probe\.json: mode: /),
        expect.stringMatching(/: passMark: /),
        `${F}: title: missing (expected object)`,
        `${F}: extra: unknown field (not part of the drill format)`,
        expect.stringMatching(/: start\.1\.value: /),
        expect.stringMatching(/: start\.6\.skip: /),
        expect.stringMatching(/: golden\.0\.t: /),
        expect.stringMatching(/: golden\.0\.event\.type: /),
      ]),
    );
  });

  it('says a required field is missing', () => {
    expect(problemsOf((d) => delete (d as Partial<ProbeDoc>).passMark)).toEqual([`${F}: passMark: missing (expected number)`]);
  });

  it('caps the list so a huge damaged file cannot flood the screen', () => {
    const problems = problemsOf((d) => (d.golden = Array.from({ length: 1500 }, () => ({ t: 'soon' }))));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toBe(`${F}: (file): ${1500 * 2 - MAX_PROBLEMS} more problems not shown`);
  });

  it('keeps hostile text to one clipped line per problem', () => {
    const problems = problemsOf((d) => {
      d.golden = [{ t: 0, event: { type: 'user.press', control: `x\n${'y'.repeat(5000)}` } }];
    });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p).not.toContain('\n');
      expect(p.length).toBeLessThan(700);
    }
  });
});

describe('loadScenario: names checked against the machine', () => {
  it('the id must be the file name and the machine the folder', () => {
    expect(problemsOf(() => {}, 'scenarios/other-press/other.json')).toEqual([
      'scenarios/other-press/other.json: id: must equal the file name "other" (is "probe")',
      'scenarios/other-press/other.json: machine: must equal the folder name "other-press" (is "test-press")',
    ]);
  });

  it('outside a scenarios/ tree (an upload, a draft) the file may have any name', () => {
    expect(load(() => {}, 'probe (1).json').ok).toBe(true);
    expect(load(() => {}, '/home/trainer/drafts/latihan.json').ok).toBe(true);
  });

  it('refuses an unknown machine', () => {
    expect(problemsOf((d) => (d.machine = 'time-machine'), 'time-machine/probe.json')).toEqual([
      'time-machine/probe.json: machine: unknown machine "time-machine" (machines: test-press)',
    ]);
  });

  it('checks controls, the exact events they send, faults, steps, mistakes and states', () => {
    const problems = problemsOf((d) => {
      d.start[0] = { type: 'user.inspect', control: 'laserCannon' };
      d.start[1] = { type: 'user.set', control: 'mainSwitch', value: 'maybe' };
      d.start[5] = { type: 'user.set', control: 'start', value: 'on' };
      d.faults = [
        { fault: 'overheat', at: { afterSeconds: 5 } },
        { fault: 'gremlins', at: { step: 'dance' } },
        { fault: 'overheat', at: { event: { type: 'user.press', control: 'mainSwitch' } } },
      ] as never;
      d.objectives = [
        { type: 'reachState', state: 'powered.flying' },
        { type: 'reachState', state: 'tag:sparkly' },
        { type: 'respondToFault', fault: 'jam', withinSeconds: 9, response: { state: 'powered.stopped' } },
      ] as never;
      d.weights = { mistake: { napping: 5 } };
      d.golden = [
        { t: 2000, event: { type: 'fault.inject', fault: 'overheat' } },
        { t: 1000, event: { type: 'user.press', control: 'reset' } },
      ];
      d.badRuns = [{ events: [], expect: { failed: 'critical', mistake: 'napping' } }];
    });
    expect(problems).toEqual([
      `${F}: start.0.control: unknown control "laserCannon" on test-press (controls: guard, mainSwitch, start, stop, estop, reset, strokeMode, dwell, cycleButton)`,
      `${F}: start.1.value: control "mainSwitch" has no value "maybe" (values: on, off)`,
      `${F}: start.5.type: control "start" does not take "user.set" (it takes: user.press)`,
      `${F}: faults.1.fault: unknown fault "gremlins" on test-press (faults: overheat, jam)`,
      expect.stringMatching(/^.*: faults\.1\.at\.step: unknown step "dance" on test-press \(steps: checkGuard, /),
      `${F}: faults.2.at.event.type: control "mainSwitch" does not take "user.press" (it takes: user.set)`,
      `${F}: objectives.0.state: no state "powered.flying" in the test-press chart (states under "powered": stopped, starting, running, overheated, jammed)`,
      expect.stringMatching(/: objectives\.1\.state: no tag "sparkly" in the test-press chart \(tags: /),
      `${F}: objectives.2.fault: fault "jam" is never injected: add it under "faults"`,
      expect.stringMatching(/: weights\.mistake\.napping: unknown mistake "napping" on test-press \(mistakes: wrongOrder, /),
      `${F}: golden.0.event.type: a trainee does not inject faults: schedule the fault under "faults"`,
      `${F}: golden.1.t: earlier than the item before it (1000 < 2000)`,
      expect.stringMatching(/: badRuns\.0\.expect\.mistake: unknown mistake "napping"/),
    ]);
  });

  it('a fault due after the time limit would never come', () => {
    expect(problemsOf((d) => (d.faults = [{ fault: 'overheat', at: { afterSeconds: 120 } }]))).toEqual([
      `${F}: faults.0.at.afterSeconds: at or after the time limit (120 s): it would never be injected`,
    ]);
  });
});

describe('loadScenario: the start is simulated', () => {
  it('names the first event the machine refuses, with its index and why', () => {
    const problems = problemsOf((d) => d.start.splice(1, 1));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${F}: start\\.1: the machine refused this event in state .*"off".* \\(why: refusal\\.powerOff\\)$`))]);
  });

  it('a skip needs a timer to skip to', () => {
    expect(problemsOf((d) => d.start.push({ skip: true }))).toEqual([expect.stringMatching(/: start\.7: nothing to fast-forward: no timer is pending/)]);
  });

  it('the start must reach the stated state, make no mistakes and leave the objectives to the trainee', () => {
    expect(problemsOf((d) => (d.startState = 'powered.overheated'))).toEqual([expect.stringMatching(/: startState: the start ends in state .*, not in "powered\.overheated"$/)]);
    expect(problemsOf((d) => d.start.splice(0, 1))).toEqual(
      expect.arrayContaining([expect.stringMatching(/: start: the start itself makes the mistake "wrongOrder" \(step: startMotor, skipped: checkGuard\)/)]),
    );
    expect(problemsOf((d) => (d.objectives = [{ type: 'reachState', state: 'tag:motorOn' }] as never))).toEqual([`${F}: objectives.0.state: already reached when the start ends`]);
    expect(problemsOf((d) => (d.faults = [{ fault: 'overheat', at: { step: 'powerOn' } }] as never))).toEqual([
      `${F}: faults.0.at.step: step "powerOn" is already done when the start ends: the fault would never be injected`,
    ]);
  });

  it('accepts a tag as the start state', () => {
    expect(load((d) => (d.startState = 'tag:ready')).ok).toBe(true);
  });
});

describe('loadScenario: hostile names and text', () => {
  it('clips a huge unknown field name in the problem line', () => {
    const key = 'k'.repeat(1_000_000);
    const problems = problemsOf((d) => (d[key] = 1));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^scenarios\/test-press\/probe\.json: "k+…": unknown field/);
    expect(problems[0]!.length).toBeLessThan(400);
  });

  it('clips a huge unknown key under weights.mistake', () => {
    const problems = problemsOf((d) => (d.weights = { mistake: { ['m'.repeat(100_000)]: 1 } }));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.length).toBeLessThan(700);
  });

  it.each(['__proto__', 'constructor', 'toString'])('reports weights.mistake.%s as an unknown mistake', (key) => {
    const text = JSON.stringify(probeDoc()).replace(/}$/, `,"weights":{"mistake":{"${key}":5}}}`);
    const r = loadScenario(F, text, machineModules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.stringMatching(new RegExp(`^${F}: weights\\.mistake\\.${key}: unknown mistake "${key}" on test-press`))]);
  });

  it.each([
    ['(root)', '__proto__', (t: string) => t.replace(/^{/, '{"__proto__":{"polluted":1},')],
    ['title', 'title.__proto__', (t: string) => t.replace('"title":{', '"title":{"__proto__":{"polluted":1},')],
  ])('a __proto__ key in %s is an unknown field', (_where, path, edit) => {
    const r = loadScenario(F, edit(JSON.stringify(probeDoc())), machineModules);
    expect(r).toMatchObject({ ok: false, problems: [`${F}: ${path}: unknown field (not part of the drill format)`] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a __proto__ key pollutes nothing, whatever its value', () => {
    const text = JSON.stringify(probeDoc()).replace(/}$/, ',"weights":{"mistake":{"__proto__":{"polluted":1}}}}');
    const r = loadScenario(F, text, machineModules);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['title.en', (d: ProbeDoc) => (d.title.en = '\u202Egnp.exe')],
    ['briefing.id', (d: ProbeDoc) => (d.briefing.id = 'a\u200Bb')],
    ['objectives.0.label.en', (d: ProbeDoc) => ((d.objectives[0] as Record<string, unknown>).label = { id: 'x', en: 'x\u2066y' })],
    ['badRuns.0.note', (d: ProbeDoc) => ((d.badRuns[0] as Record<string, unknown>).note = 'x\u0007')],
  ])('refuses an invisible or direction-changing character in %s, naming it visibly', (path, change) => {
    const problems = problemsOf(change);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${F}: ${path.replace(/\./g, '\\.')}: contains an invisible or direction-changing character \\(<U\\+[0-9A-F]{4}>`))]);
  });

  it('shows invisible characters in quoted names visibly', () => {
    const problems = problemsOf((d) => (d.start[0] = { type: 'user.inspect', control: 'floor\u202EkraM' }));
    expect(problems[0]).toContain('"floor<U+202E>kraM"');
    expect(problems[0]).not.toContain('\u202E');
  });

  it('a file name with direction-changing characters is shown visibly and clipped', () => {
    const r = loadScenario(`\u202E${'n'.repeat(5000)}.json`, '{', machineModules);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatch(/^<U\+202E>n+…: \(file\): not valid JSON/);
      expect(r.problems[0]!.length).toBeLessThan(500);
    }
  });

  it('a leading byte-order mark is ignored', () => {
    expect(loadScenario(F, `\uFEFF${JSON.stringify(probeDoc())}`, machineModules).ok).toBe(true);
  });
});
