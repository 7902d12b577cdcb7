import '../engine/zodWithoutEval.ts'; // before any schema is used: no eval under the CSP
import { z } from 'zod';
import { eventKey, type MachineModule } from '../engine/machineModule.ts';
import { MAX_CLOCK_MS, MAX_DRILL_FILE_BYTES, MAX_ENTRIES, MAX_ID_CHARS, MAX_MISTAKES, MAX_TRAINEE_CHARS, MAX_VERSION_CHARS, sizeProblem } from '../engine/recordLimits.ts';
import { RECORD_FORMAT, RECORD_VERSIONS, type SessionRecord } from '../engine/recordFormat.ts';
import { VERDICT_STATUSES } from '../engine/recordResults.ts';
import { checkMachineVersion } from '../engine/replayCompatibility.ts';
import { adjustValueProblem, continuousRanges } from '../engine/continuousControls.ts';
import { MODES, PAUSE_REASONS } from '../engine/session.ts';
import { firstChange, recomputeRecord, type RecomputedRecord } from './recordCheck.ts';
import { formatPath, problem, quote } from '../scenarios/problems.ts';
import { drillFingerprint } from '../scenarios/drillFingerprint.ts';
import { recordDrill } from './recordDrill.ts';
import type { Drill } from '../scenarios/types.ts';

export { RECORD_FORMAT, RECORD_VERSION, toRecord, type SessionRecord } from '../engine/recordFormat.ts';

const id = z.string().min(1).max(MAX_ID_CHARS);
/** A file name as a browser gives it: long enough for any real one. */
const MAX_DRILL_FILE_NAME_CHARS = 255;
const time = z.number().nonnegative().max(MAX_CLOCK_MS);
const points = z.number().min(0).max(100);

const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user.press'), control: id }).strict(),
  z.object({ type: z.literal('user.release'), control: id }).strict(),
  z.object({ type: z.literal('user.set'), control: id, value: z.string().max(MAX_ID_CHARS) }).strict(),
  z.object({ type: z.literal('user.inspect'), control: id }).strict(),
  z.object({ type: z.literal('fault.inject'), fault: id }).strict(),
  // Finite only (JSON has no NaN); the control's own range is checked in crossCheck.
  z.object({ type: z.literal('user.adjust'), control: id, value: z.number().min(-1e9).max(1e9) }).strict(),
]);

/** Events a trainer may send (live fault injection; pausing will join them): nothing a trainee does. */
const TRAINER_EVENTS: readonly string[] = ['fault.inject'];

/** Every kind of log entry, in one list: a new kind (pause, resume) is one more line here and in `applyEntry`. */
const ENTRY_KINDS = [
  z.object({ t: time, kind: z.literal('event'), event: eventSchema, accepted: z.boolean(), by: z.enum(['trainee', 'trainer', 'scenario']) }).strict(),
  z.object({ t: time, kind: z.literal('hint') }).strict(),
  z.object({ t: time, kind: z.literal('skip'), ms: time.positive() }).strict(),
  z.object({ t: time, kind: z.literal('pause'), reason: z.enum(PAUSE_REASONS as [string, ...string[]]) }).strict(),
  z.object({ t: time, kind: z.literal('resume'), pausedMs: time }).strict(),
  z.object({ t: time, kind: z.literal('end') }).strict(),
] as const;
const entrySchema = z.discriminatedUnion('kind', [...ENTRY_KINDS]);

const resultsSchema = z
  .object({
    // entry -1: before any entry (an exam that timed out untouched).
    mistakes: z.array(z.object({ id, entry: z.int().min(-1).max(MAX_ENTRIES) }).strict()).max(MAX_MISTAKES),
    score: points,
    verdict: z.object({ status: z.enum(VERDICT_STATUSES as [string, ...string[]]), reason: id.optional(), mistake: id.optional() }).strict(),
    objectives: z.array(z.boolean()).max(100).optional(),
  })
  .strict();

export const recordSchema = z
  .object({
    format: z.literal(RECORD_FORMAT),
    version: z.union(RECORD_VERSIONS.map((v) => z.literal(v))),
    trainee: z.string().max(MAX_TRAINEE_CHARS),
    savedAt: z.iso.datetime({ offset: true }),
    scenario: id.optional(),
    scenarioFingerprint: z.string().regex(/^[0-9a-f]{8}$/).optional(),
    drillFile: z.object({ name: z.string().min(1).max(MAX_DRILL_FILE_NAME_CHARS), text: z.string().max(MAX_DRILL_FILE_BYTES) }).strict().optional(),
    log: z
      .object({
        machineId: id,
        machineVersion: z.string().min(1).max(MAX_VERSION_CHARS),
        mode: z.enum(MODES as [string, ...string[]]),
        entries: z.array(entrySchema).max(MAX_ENTRIES, `more than ${MAX_ENTRIES} entries (an hour of practice makes fewer)`),
        endT: time,
        timeLimitMs: time.optional(),
        passMark: points.optional(),
        weights: z
          .object({
            severity: z.object({ critical: points.optional(), major: points.optional(), minor: points.optional() }).strict().optional(),
            mistake: z.record(id, points).optional(),
          })
          .strict()
          .optional(),
        scenario: id.optional(),
        startStep: id.optional(),
      })
      .strict(),
    results: resultsSchema.optional(),
  })
  .strict();

/** The schema and the record type must describe the same thing. */
const _sameShape: SessionRecord extends Omit<z.infer<typeof recordSchema>, 'log' | 'results'> ? true : false = true;
void _sameShape;

/** A record that opened: the file as read, and everything the app shows, recomputed by replaying it. */
export interface OpenedRecord extends RecomputedRecord {
  readonly record: SessionRecord;
  /** Set when the record was made with an older chart version known to replay identically. */
  readonly olderVersion?: { readonly recorded: string; readonly current: string };
}

export type ParsedRecord =
  | ({ readonly ok: true } & OpenedRecord)
  | {
      readonly ok: false;
      readonly problems: string[];
      /** The file was changed after it was made: the first entry that differs (index and clock time), if an entry does. */
      readonly changed?: { readonly entry: number | null; readonly t: number | null };
    };

const refuse = (problems: string[]): ParsedRecord => ({ ok: false, problems });

/**
 * Reads a record file and replays it. Every problem names the file and the field; a damaged,
 * foreign or changed file is refused whole. After the shape (with bounds on sizes and numbers)
 * and the names (machine, chart version, controls, faults, drill), the log is replayed through
 * the chart (and the drill) and the accepted flags, rules, mistakes, score, verdict and
 * objectives it stores must be what the replay computes.
 */
export function parseRecord(fileName: string, text: string, machines: readonly MachineModule[], drills: readonly Drill[] = []): ParsedRecord {
  const tooBig = sizeProblem(fileName, new TextEncoder().encode(text).length);
  if (tooBig) return refuse([tooBig]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return refuse([problem(fileName, '(file)', `not valid JSON (${(e as Error).message})`)]);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== RECORD_FORMAT) {
    return refuse([problem(fileName, 'format', `not a Gladi session record (expected "${RECORD_FORMAT}")`)]);
  }
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => problem(fileName, formatPath(i.path), i.code === 'unrecognized_keys' ? `unknown field ${i.keys.map((k) => quote(k)).join(', ')}` : i.message));
    return refuse([...new Set(lines)].slice(0, 100));
  }
  const record = parsed.data as SessionRecord;
  const { log } = record;
  if (record.version >= 2 && !record.results) return refuse([problem(fileName, 'results', 'missing (every record of this version stores its results)')]);

  const machine = machines.find((m) => m.id === log.machineId);
  if (!machine) return refuse([problem(fileName, 'log.machineId', `unknown machine ${quote(log.machineId)} (machines: ${machines.map((m) => m.id).join(', ')})`)]);
  const version = checkMachineVersion(machine.id, machine.version, log.machineVersion);
  if (!version.ok) {
    return refuse([problem(fileName, 'log.machineVersion', `made with version ${quote(log.machineVersion)} of the ${machine.id} procedure; this app has ${machine.version}, which may replay it differently`)]);
  }
  const found = recordDrill(fileName, record, machine, drills);
  const drill = found.drill;
  const problems = [...crossCheck(fileName, record, machine), ...found.problems];
  if (drill && record.scenarioFingerprint !== undefined && record.scenarioFingerprint !== drillFingerprint(drill)) {
    problems.push(problem(fileName, 'scenarioFingerprint', `drill ${quote(drill.id)} has changed since this record was made, so it cannot be replayed as it happened`));
  }
  if (problems.length) return refuse(problems.slice(0, 100));

  let again: RecomputedRecord;
  try {
    again = recomputeRecord(machine, log, drill);
  } catch (e) {
    return refuse([problem(fileName, '(file)', `could not be replayed (${(e as Error).message})`)]);
  }
  const change = firstChange(record, again);
  if (change) {
    return { ok: false, problems: [problem(fileName, change.field, `this record was changed after it was made: ${change.what}`)], changed: { entry: change.entry, t: change.t } };
  }
  return { ok: true, record, ...again, ...(version.older ? { olderVersion: { recorded: log.machineVersion, current: machine.version } } : {}) };
}

/** Names against the machine, who sent what, times in order: everything short of replaying. */
function crossCheck(file: string, record: SessionRecord, machine: MachineModule): string[] {
  const { log } = record;
  const problems: string[] = [];
  if (record.scenario !== log.scenario) problems.push(problem(file, 'scenario', `must equal log.scenario (${quote(record.scenario ?? '(none)')} vs ${quote(log.scenario ?? '(none)')})`));
  const controls = new Map(machine.controls.map((c) => [c.id, new Set(c.events.map(eventKey))]));
  const faults = new Set(machine.faults.map((f) => f.id));
  const ranges = continuousRanges(machine.controls);
  const drill = log.scenario !== undefined;
  let last = 0;
  log.entries.forEach((e, i) => {
    const at = `log.entries.${i}`;
    if (e.t < last) problems.push(problem(file, `${at}.t`, `time goes backwards (${e.t} < ${last})`));
    last = Math.max(last, e.t);
    if (e.kind !== 'event') return;
    const ev = e.event;
    if (ev.type === 'fault.inject') {
      if (!faults.has(ev.fault)) problems.push(problem(file, `${at}.event.fault`, `unknown fault ${quote(ev.fault)} on ${machine.id}`));
      if (e.by === 'trainee') problems.push(problem(file, `${at}.by`, 'a trainee cannot inject a fault (only a trainer or the drill can)'));
    } else if (ev.type === 'user.adjust' && controls.has(ev.control)) {
      const range = ranges.get(ev.control);
      const wrong = range && adjustValueProblem(range, ev.value);
      if (!range) problems.push(problem(file, `${at}.event.control`, `${quote(ev.control)} is not a continuous control on ${machine.id} (only those take user.adjust)`));
      else if (wrong) problems.push(problem(file, `${at}.event.value`, `${wrong} (control ${quote(ev.control)})`));
    } else {
      const events = controls.get(ev.control);
      if (!events) problems.push(problem(file, `${at}.event.control`, `unknown control ${quote(ev.control)} on ${machine.id}`));
      else if (!events.has(eventKey(ev))) problems.push(problem(file, `${at}.event`, `${quote(ev.control)} cannot send ${quote(JSON.stringify(ev))}`));
    }
    // A trainer panel also serves plain practice, so trainer faults may appear without a drill; the drill's own entries may not.
    if (e.by === 'scenario' && !drill) problems.push(problem(file, `${at}.by`, '"scenario" only happens in a drill, and this record has none'));
    if (e.by === 'trainer' && !TRAINER_EVENTS.includes(ev.type)) problems.push(problem(file, `${at}.by`, `a trainer only sends ${TRAINER_EVENTS.join(', ')}, not ${ev.type}`));
  });
  if (log.endT < last) problems.push(problem(file, 'log.endT', 'ends before its last entry'));
  record.results?.mistakes.forEach((m, i) => {
    if (m.entry >= log.entries.length) problems.push(problem(file, `results.mistakes.${i}.entry`, `no entry ${m.entry} (the log has ${log.entries.length})`));
  });
  return problems;
}
