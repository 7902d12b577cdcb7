import '../../engine/zodWithoutEval.ts'; // before any schema is used: no eval under the CSP
import { z } from 'zod';
import type { MachineModule } from '../../engine/machineModule.ts';
import { MAX_ID_CHARS, MAX_TRAINEE_CHARS } from '../../engine/recordLimits.ts';
import { capProblems, formatPath, problem, quote } from '../../scenarios/problems.ts';
import type { Drill } from '../../scenarios/types.ts';
import type { Attempt } from '../attempt.ts';
import { parseRecord, type SessionRecord } from '../sessionRecord.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, MAX_BUNDLE_ATTEMPTS, MAX_BUNDLE_BYTES, MAX_BUNDLE_LEARNERS, type ClassBundle } from './bundleFormat.ts';

const id = z.string().min(1).max(MAX_ID_CHARS);
const time = z.iso.datetime({ offset: true });

const learnerSchema = z.object({ id, name: z.string().min(1).max(MAX_TRAINEE_CHARS), createdAt: time }).strict();
const attemptSchema = z
  .object({
    id,
    learnerId: id,
    machineId: id,
    status: z.enum(['running', 'finished', 'abandoned']),
    startedAt: time,
    updatedAt: time,
    deviceId: id,
    // Checked whole by the session record reader (shape, names, replay), below.
    record: z.record(z.string(), z.unknown()),
  })
  .strict();
const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    deviceId: id,
    exportedAt: time,
    learners: z.array(learnerSchema).max(MAX_BUNDLE_LEARNERS, `more than ${MAX_BUNDLE_LEARNERS} learners (no class is that big)`),
    attempts: z.array(attemptSchema).max(MAX_BUNDLE_ATTEMPTS, `more than ${MAX_BUNDLE_ATTEMPTS} attempts (no class makes that many)`),
  })
  .strict();

export type ReadBundle = { readonly ok: true; readonly bundle: ClassBundle } | { readonly ok: false; readonly problems: string[] };

const refuse = (fileName: string, problems: readonly string[]): ReadBundle => ({ ok: false, problems: capProblems(fileName, problems) });

/**
 * Reads a class bundle and checks all of it: the shape (bounded sizes), that ids are unique and
 * every attempt's learner is in the bundle, and each attempt's session record exactly as a record
 * file is checked (parseRecord: names, then a replay, so a changed log is refused). Problems are
 * `file: field: what` lines; one problem refuses the whole bundle, so nothing half-merges.
 */
export function readBundle(fileName: string, text: string, machines: readonly MachineModule[], drills: readonly Drill[]): ReadBundle {
  // Characters never outnumber UTF-8 bytes: the cheap count refuses most huge files before encoding.
  const bytes = text.length > MAX_BUNDLE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_BUNDLE_BYTES) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    return refuse(fileName, [problem(fileName, '(file)', `too big for a class bundle (${mb(bytes)} MB; at most ${mb(MAX_BUNDLE_BYTES)} MB)`)]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return refuse(fileName, [problem(fileName, '(file)', `not valid JSON, perhaps cut short (${(e as Error).message})`)]);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BUNDLE_FORMAT) {
    return refuse(fileName, [problem(fileName, 'format', `not a Gladi class bundle (expected "${BUNDLE_FORMAT}")`)]);
  }
  if ((raw as { version?: unknown }).version !== BUNDLE_VERSION) {
    return refuse(fileName, [problem(fileName, 'version', `${quote((raw as { version?: unknown }).version)} is not a bundle version this app reads (${BUNDLE_VERSION})`)]);
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => problem(fileName, formatPath(i.path), i.code === 'unrecognized_keys' ? `unknown field ${i.keys.map((k) => quote(k)).join(', ')}` : i.message));
    return refuse(fileName, [...new Set(lines)]);
  }
  const data = parsed.data;
  const problems = crossCheck(fileName, data);
  if (problems.length) return refuse(fileName, problems);
  const attempts: Attempt[] = [];
  for (const [i, attempt] of data.attempts.entries()) {
    const checked = checkRecord(fileName, i, attempt.record, machines, drills);
    if (checked.ok) attempts.push({ ...attempt, record: checked.record });
    else problems.push(...checked.problems);
    // One bad record is enough to refuse the bundle; a few more help, thousands do not.
    if (problems.length >= 10) break;
  }
  return problems.length ? refuse(fileName, problems) : { ok: true, bundle: { ...data, attempts } };
}

/** Ids unique, every attempt's learner listed, the attempt's machine the record's. */
function crossCheck(file: string, bundle: z.infer<typeof bundleSchema>): string[] {
  const problems: string[] = [];
  const learners = new Map<string, number>();
  bundle.learners.forEach((l, i) => {
    const first = learners.get(l.id);
    if (first !== undefined) problems.push(problem(file, `learners.${i}.id`, `${quote(l.id)} is listed twice (also learners.${first})`));
    else learners.set(l.id, i);
  });
  const attempts = new Map<string, number>();
  bundle.attempts.forEach((a, i) => {
    const first = attempts.get(a.id);
    if (first !== undefined) problems.push(problem(file, `attempts.${i}.id`, `${quote(a.id)} is listed twice (also attempts.${first})`));
    else attempts.set(a.id, i);
    if (!learners.has(a.learnerId)) problems.push(problem(file, `attempts.${i}.learnerId`, `${quote(a.learnerId)} is not one of the bundle's learners`));
    const recordMachine = (a.record as { log?: { machineId?: unknown } } | null)?.log?.machineId;
    if (recordMachine !== undefined && recordMachine !== a.machineId) problems.push(problem(file, `attempts.${i}.machineId`, `${quote(a.machineId)}, but its record is of ${quote(recordMachine)}`));
  });
  return problems;
}

/** The name parseRecord is given, so its lines can be re-addressed to the attempt inside the bundle. */
const RECORD = 'record';

/** The attempt's record checked as a record file is; its problem lines named by the bundle and the path to the record. */
function checkRecord(file: string, i: number, record: unknown, machines: readonly MachineModule[], drills: readonly Drill[]): { ok: true; record: SessionRecord } | { ok: false; problems: string[] } {
  const parsed = parseRecord(RECORD, JSON.stringify(record), machines, drills);
  if (parsed.ok) return { ok: true, record: parsed.record };
  const base = `attempts.${i}.record`;
  const problems = parsed.problems.map((line) => {
    const rest = line.startsWith(`${RECORD}: `) ? line.slice(RECORD.length + 2) : line;
    const cut = rest.indexOf(': ');
    const field = cut < 0 ? '(file)' : rest.slice(0, cut);
    const what = cut < 0 ? rest : rest.slice(cut + 2);
    return problem(file, field === '(file)' || field === '(root)' ? base : `${base}.${field}`, what);
  });
  return { ok: false, problems };
}
