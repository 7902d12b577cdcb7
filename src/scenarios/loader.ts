import type { MachineModule } from '../engine/machineModule.ts';
import { crossCheck } from './crossCheck.ts';
import { capProblems, problem, quote, schemaProblems } from './problems.ts';
import { scenarioFileSchema, type ScenarioFile } from './schema.ts';
import { simulateStart } from './simulateStart.ts';
import { parseStateRef, type Drill, type FaultWhen, type Objective } from './types.ts';

/** Refused: the problem lines (at most `MAX_PROBLEMS` and a "N more problems not shown" line) and how many there are in all. */
export type Refused = { readonly ok: false; readonly problems: string[]; readonly total: number };
export type LoadResult = { readonly ok: true; readonly drill: Drill } | Refused;

/** A refusal from every problem found: the lines capped, the count kept. */
export const refused = (file: string, problems: readonly string[]): Refused => ({ ok: false, problems: capProblems(file, problems), total: problems.length });

const BOM = '\uFEFF';

/**
 * Reads one scenario file. Checks run in stages — JSON, shape (schema), names against the
 * machine, then the start simulated — and each stage reports every problem it finds, as
 * `file: path.to.field: what is wrong`. A file with any problem is refused whole. Never throws:
 * the files come from trainers, and a bad one must not take the app down.
 * The runs are not played here: a file from outside goes through `checkDrillFile` (checkDrill.ts),
 * which also plays them; bundled drills are played by their unit tests.
 */
export function loadScenario(fileName: string, text: string, machines: readonly MachineModule[]): LoadResult {
  try {
    const r = load(fileName, text, machines);
    return r.ok ? r : refused(fileName, r.problems);
  } catch (e) {
    return refused(fileName, [problem(fileName, '(file)', `could not be checked (${(e as Error)?.message ?? String(e)})`)]);
  }
}

/**
 * The schema's record drops an own `__proto__` key (JSON.parse makes one) without a word. Put
 * back every key the file has, as plain own properties (no prototype is touched), so the
 * cross-check reports `__proto__` like any other unknown mistake id.
 */
function keepRecordKeys(doc: ScenarioFile, raw: unknown): ScenarioFile {
  const rawMistake = (raw as { weights?: { mistake?: unknown } }).weights?.mistake;
  if (!doc.weights?.mistake || typeof rawMistake !== 'object' || rawMistake === null) return doc;
  return { ...doc, weights: { ...doc.weights, mistake: Object.fromEntries(Object.entries(rawMistake)) as Record<string, number> } };
}

/** Every problem found, not yet capped. */
function load(fileName: string, text: string, machines: readonly MachineModule[]): { ok: true; drill: Drill } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    // A byte-order mark is how some editors (Notepad) start a UTF-8 file: not part of the drill.
    raw = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problems: [problem(fileName, '(file)', `not valid JSON (${(e as Error).message})`)] };
  }
  const parsed = scenarioFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: schemaProblems(fileName, parsed.error.issues) };
  const doc = keepRecordKeys(parsed.data, raw);

  const problems: string[] = [];
  // Inside scenarios/<machine-id>/<drill-id>.json the names must agree with where the file lives.
  // A draft checked elsewhere, or a file a browser renamed on download ("x (1).json"), may not.
  const parts = fileName.split(/[\\/]/);
  if (parts.at(-3) === 'scenarios') {
    const base = (parts.at(-1) ?? '').replace(/\.json$/i, '');
    const folder = parts.at(-2);
    if (doc.id !== base) problems.push(problem(fileName, 'id', `must equal the file name "${base}" (is ${quote(doc.id)})`));
    if (doc.machine !== folder) problems.push(problem(fileName, 'machine', `must equal the folder name "${folder}" (is ${quote(doc.machine)})`));
  }

  const module = machines.find((m) => m.id === doc.machine);
  if (!module) {
    problems.push(problem(fileName, 'machine', `unknown machine ${quote(doc.machine)} (machines: ${machines.map((m) => m.id).join(', ')})`));
    return { ok: false, problems };
  }
  problems.push(...crossCheck(fileName, doc, module));
  // Simulating a start that names unknown controls would only repeat those problems.
  if (problems.length) return { ok: false, problems };
  const start = simulateStart(fileName, doc, module);
  if (start.problems.length) return { ok: false, problems: start.problems };
  return { ok: true, drill: resolve(fileName, doc, start.startMs) };
}

function resolveWhen(at: NonNullable<ScenarioFile['faults']>[number]['at']): FaultWhen {
  if ('afterSeconds' in at) return { afterMs: Math.round(at.afterSeconds * 1000) };
  if ('step' in at) return { step: at.step };
  return { event: at.event };
}

function resolveObjective(o: ScenarioFile['objectives'][number]): Objective {
  const label = o.label ? { label: o.label } : {};
  if (o.type === 'reachState') return { type: o.type, target: parseStateRef(o.state), ...label };
  if (o.type === 'goodCycles') return { type: o.type, count: o.count, ...label };
  return { type: o.type, fault: o.fault, withinMs: Math.round(o.withinSeconds * 1000), response: o.response, ...label };
}

function resolve(file: string, doc: ScenarioFile, startMs: number): Drill {
  return {
    file,
    id: doc.id,
    machine: doc.machine,
    title: doc.title,
    briefing: doc.briefing,
    mode: doc.mode,
    start: doc.start,
    ...(doc.startState !== undefined ? { startState: parseStateRef(doc.startState) } : {}),
    startMs,
    faults: (doc.faults ?? []).map((f) => ({ fault: f.fault, at: resolveWhen(f.at) })),
    objectives: doc.objectives.map(resolveObjective),
    timeLimitMs: Math.round(doc.timeLimitSeconds * 1000),
    passMark: doc.passMark,
    ...(doc.weights !== undefined ? { weights: doc.weights } : {}),
    golden: doc.golden,
    badRuns: doc.badRuns ?? [],
  };
}
