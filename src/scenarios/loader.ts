import type { MachineModule } from '../engine/machineModule.ts';
import { crossCheck } from './crossCheck.ts';
import { problem, quote, schemaProblems } from './problems.ts';
import { scenarioFileSchema, type ScenarioFile } from './schema.ts';
import { refused, type Refused } from './refused.ts';
import { resolveDrill } from './resolveDrill.ts';
import { simulateStart } from './simulateStart.ts';
import type { Drill } from './types.ts';

export { refused, type Refused };
export type LoadResult = { readonly ok: true; readonly drill: Drill } | Refused;

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
  return { ok: true, drill: resolveDrill(fileName, doc, start.startMs) };
}
