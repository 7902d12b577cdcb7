import type { GladiEvent, MachineModule } from '../engine/machineModule.ts';
import { adjustValueProblem, continuousRanges } from '../engine/continuousControls.ts';
import { ENGINE_MISTAKES } from '../engine/mistakes.ts';
import { indexChart, type ChartIndex } from './chartIndex.ts';
import { clip, problem, quote } from './problems.ts';
import type { ScenarioFile } from './schema.ts';
import { parseStateRef } from './types.ts';

/**
 * Checks every name a (schema-valid) scenario file uses against its machine: controls and the
 * exact events each can send, fault ids, procedure steps, mistake ids, state paths and tags.
 * Static only; the start is simulated separately (`simulateStart`).
 */

type EventLike = { readonly type: string; readonly control?: string; readonly value?: string | number; readonly fault?: string };

const sameEvent = (a: EventLike, b: EventLike) => a.type === b.type && a.control === b.control && a.value === b.value && a.fault === b.fault;
const list = (items: Iterable<string>) => clip([...items].join(', '), 240);

/** For a path that does not exist: the states that do exist under its longest valid prefix. */
function nearby(index: ChartIndex, path: string): string {
  const parts = path.split('.');
  while (parts.length > 0) {
    parts.pop();
    const prefix = parts.join('.');
    if (prefix && !index.paths.has(prefix)) continue;
    const depth = parts.length;
    const children = [...index.paths].filter((p) => p.startsWith(prefix ? `${prefix}.` : '') && p.split('.').length === depth + 1);
    return `${prefix ? `states under "${prefix}"` : 'top-level states'}: ${list(children.map((c) => c.split('.').pop() ?? c))}`;
  }
  return '';
}

export function crossCheck(file: string, doc: ScenarioFile, module: MachineModule): string[] {
  const found: string[] = [];
  const add = (path: string | readonly PropertyKey[], message: string) => found.push(problem(file, path, message));
  const controls = new Map(module.controls.map((c) => [c.id, c]));
  const ranges = continuousRanges(module.controls);
  const faults = new Set(module.faults.map((f) => f.id));
  const steps = new Set(module.procedure.steps.map((s) => s.id));
  const mistakes = new Set([...Object.values(ENGINE_MISTAKES), ...module.mistakes.specs].map((m) => m.id));
  const chart = indexChart(module.machine);
  const on = `on ${module.id}`;

  const checkControl = (ev: EventLike, path: string): boolean => {
    const control = controls.get(ev.control ?? '');
    if (!control) {
      add(`${path}.control`, `unknown control ${quote(ev.control)} ${on} (controls: ${list(controls.keys())})`);
      return false;
    }
    const sameType = control.events.filter((e) => e.type === ev.type);
    if (sameType.length === 0) {
      add(`${path}.type`, `control "${control.id}" does not take "${ev.type}" (it takes: ${list(new Set(control.events.map((e) => e.type)))})`);
      return false;
    }
    if (ev.value !== undefined && !sameType.some((e) => e.type === 'user.set' && e.value === ev.value)) {
      const values = sameType.map((e) => (e.type === 'user.set' ? e.value : ''));
      add(`${path}.value`, `control "${control.id}" has no value ${quote(ev.value)} (values: ${list(values)})`);
      return false;
    }
    return true;
  };
  const checkEvent = (ev: GladiEvent, path: string, byTrainee: boolean) => {
    if (ev.type === 'fault.inject') {
      if (byTrainee) add(`${path}.type`, 'a trainee does not inject faults: schedule the fault under "faults"');
      else if (!faults.has(ev.fault)) add(`${path}.fault`, `unknown fault ${quote(ev.fault)} ${on} (faults: ${list(faults)})`);
      return;
    }
    if (ev.type === 'user.adjust') {
      // Any value on a continuous control's range and step, not only the ones its event list shows.
      const control = controls.get(ev.control);
      const range = ranges.get(ev.control);
      const wrong = range && adjustValueProblem(range, ev.value);
      if (!control) add(`${path}.control`, `unknown control ${quote(ev.control)} ${on} (controls: ${list(controls.keys())})`);
      else if (!range) add(`${path}.control`, `${quote(ev.control)} is not a continuous control ${on} (continuous: ${list(ranges.keys()) || 'none'})`);
      else if (wrong) add(`${path}.value`, wrong);
      return;
    }
    // The checks above compare type and value; this compares the whole event, should a control list an event naming another control.
    if (checkControl(ev, path) && !controls.get(ev.control)?.events.some((e) => sameEvent(e, ev))) add(path, 'no control sends this event');
  };
  const checkRef = (text: string, path: string) => {
    const ref = parseStateRef(text);
    if ('tag' in ref && !chart.tags.has(ref.tag)) add(path, `no tag ${quote(ref.tag)} in the ${module.id} chart (tags: ${list(chart.tags)})`);
    if ('state' in ref && !chart.paths.has(ref.state)) add(path, `no state ${quote(ref.state)} in the ${module.id} chart (${nearby(chart, ref.state)})`);
  };
  const checkRun = (items: ScenarioFile['golden'], path: string) => {
    let last = 0;
    items.forEach((item, i) => {
      if (item.t < last) add(`${path}.${i}.t`, `earlier than the item before it (${item.t} < ${last})`);
      last = Math.max(last, item.t);
      if ('event' in item) checkEvent(item.event, `${path}.${i}.event`, true);
    });
  };

  doc.start.forEach((item, i) => {
    if (!('skip' in item)) checkEvent(item, `start.${i}`, false);
  });
  if (doc.startState !== undefined) checkRef(doc.startState, 'startState');

  const scheduled = new Set<string>();
  (doc.faults ?? []).forEach((f, i) => {
    if (!faults.has(f.fault)) add(`faults.${i}.fault`, `unknown fault ${quote(f.fault)} ${on} (faults: ${list(faults)})`);
    scheduled.add(f.fault);
    const at = f.at;
    if ('afterSeconds' in at && at.afterSeconds >= doc.timeLimitSeconds) add(`faults.${i}.at.afterSeconds`, `at or after the time limit (${doc.timeLimitSeconds} s): it would never be injected`);
    if ('step' in at && !steps.has(at.step)) add(`faults.${i}.at.step`, `unknown step ${quote(at.step)} ${on} (steps: ${list(steps)})`);
    if ('event' in at) checkControl(at.event, `faults.${i}.at.event`);
  });

  doc.objectives.forEach((o, i) => {
    const path = `objectives.${i}`;
    if (o.type === 'reachState') checkRef(o.state, `${path}.state`);
    if (o.type === 'goodCycles' && !module.cycles) add(`${path}.type`, `${module.id} does not count good cycles`);
    if (o.type === 'respondToFault') {
      if (!faults.has(o.fault)) add(`${path}.fault`, `unknown fault ${quote(o.fault)} ${on} (faults: ${list(faults)})`);
      else if (!scheduled.has(o.fault)) add(`${path}.fault`, `fault "${o.fault}" is never injected: add it under "faults"`);
      if ('tag' in o.response) checkRef(`tag:${o.response.tag}`, `${path}.response.tag`);
      else checkRef(o.response.state, `${path}.response.state`);
    }
  });

  for (const id of Object.keys(doc.weights?.mistake ?? {})) {
    if (!mistakes.has(id)) add(['weights', 'mistake', id], `unknown mistake ${quote(id)} ${on} (mistakes: ${list(mistakes)})`);
  }
  checkRun(doc.golden, 'golden');
  (doc.badRuns ?? []).forEach((run, i) => {
    checkRun(run.events, `badRuns.${i}.events`);
    const m = run.expect.mistake;
    if (m !== undefined && !mistakes.has(m)) add(`badRuns.${i}.expect.mistake`, `unknown mistake ${quote(m)} ${on} (mistakes: ${list(mistakes)})`);
  });
  return found;
}
