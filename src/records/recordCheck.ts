import type { MachineModule } from '../engine/machineModule.ts';
import type { MistakeRecord } from '../engine/mistakes.ts';
import type { SessionRecord } from '../engine/recordFormat.ts';
import { realDurationMs, recordResults, type RecordResults } from '../engine/recordResults.ts';
import { replayPractice } from '../engine/replay.ts';
import type { Score } from '../engine/scoring.ts';
import type { Verdict } from '../engine/verdict.ts';
import type { LogEntry, Outcome, SessionLog } from '../engine/session.ts';
// A drill record is recomputed through its drill (objectives, schedule), which lives in the scenario runtime.
import { replayDrill } from '../scenarios/drillReplay.ts';
import type { DrillResult } from '../scenarios/judge.ts';
import type { Drill } from '../scenarios/types.ts';

/** Everything a record shows, recomputed from its events by the chart (and the drill): never the file's own values. */
export interface RecomputedRecord {
  /** The log as the replay made it: accepted flags and rules are the chart's and the app's. */
  readonly log: SessionLog;
  readonly results: RecordResults;
  /** The one verdict, with every reason, as the live session's screens show it. */
  readonly verdict: Verdict;
  readonly mistakes: readonly MistakeRecord[];
  readonly score: Score;
  readonly outcome: Outcome;
  readonly passMark: number;
  /** Session time actually spent (the clock minus fast-forwarded waits). */
  readonly realMs: number;
  readonly drill?: Drill;
  readonly drillResult?: DrillResult;
}

export function recomputeRecord(machine: MachineModule, log: SessionLog, drill: Drill | undefined): RecomputedRecord {
  const run = drill ? replayDrill(machine, drill, log) : undefined;
  const session = run ? run.session : replayPractice(machine, log);
  try {
    const again = session.log();
    return {
      log: again,
      results: recordResults(session, run),
      verdict: run ? run.result().verdict : session.verdict(),
      mistakes: [...session.mistakes()],
      score: session.score(),
      outcome: session.outcome(),
      passMark: session.passMark,
      realMs: realDurationMs(again.entries, again.endT),
      ...(drill && run ? { drill, drillResult: run.result() } : {}),
    };
  } finally {
    session.stop();
  }
}

export interface Change {
  /** Field path, as problem lines name it. */
  readonly field: string;
  readonly what: string;
  readonly entry: number | null;
  readonly t: number | null;
}

const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;
const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));

/** Deep equality of plain JSON values, whatever order their keys were written in. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function entryField(a: LogEntry, b: LogEntry): string | null {
  if (a.kind !== b.kind) return 'kind';
  if (a.t !== b.t) return 't';
  if (a.kind === 'event' && b.kind === 'event') {
    if (!same(a.event, b.event)) return 'event';
    if (a.by !== b.by) return 'by';
    if (a.accepted !== b.accepted) return 'accepted';
  }
  if (a.kind === 'skip' && b.kind === 'skip' && a.ms !== b.ms) return 'ms';
  return null;
}

const entryWord = (e: LogEntry | undefined) => (e === undefined ? 'nothing' : e.kind === 'event' ? `${e.event.type} by ${e.by}, ${e.accepted ? 'accepted' : 'refused'}` : e.kind);

/**
 * The first place a record's stored values differ from the replay's: the entries (in order), the
 * rules, the end time, then the stored results. Null when the file is what its session made.
 */
export function firstChange(record: SessionRecord, again: RecomputedRecord): Change | null {
  const file = record.log.entries;
  const replay = again.log.entries;
  for (let i = 0; i < Math.max(file.length, replay.length); i++) {
    const a = file[i];
    const b = replay[i];
    const field = a && b ? entryField(a, b) : null;
    if (a && b && !field) continue;
    const t = (a ?? b)?.t ?? null;
    const where = t === null ? `entry ${i}` : `entry ${i} (at ${clock(t)})`;
    if (!a) return { field: 'log.entries', entry: i, t, what: `${where} is missing from the file; the replay has ${entryWord(b)}` };
    if (!b) return { field: `log.entries.${i}`, entry: i, t, what: `${where} never happens in the replay (the file has ${entryWord(a)})` };
    const fileValue = field === 'accepted' && a.kind === 'event' ? (a.accepted ? 'accepted' : 'refused') : show((a as Record<string, unknown>)[field!]);
    const replayValue = field === 'accepted' && b.kind === 'event' ? (b.accepted ? 'accepted' : 'refused') : show((b as Record<string, unknown>)[field!]);
    return { field: `log.entries.${i}.${field}`, entry: i, t, what: `${where}: the file says ${fileValue}, the replay ${replayValue}` };
  }
  const rules = ['mode', 'timeLimitMs', 'passMark', 'weights', 'scenario', 'endT'] as const;
  for (const key of rules) {
    if (!same(record.log[key], again.log[key])) {
      const theirs = key === 'endT' ? 'the replay ends at' : key === 'scenario' ? 'the replay' : "the app's rules";
      return { field: `log.${key}`, entry: null, t: null, what: `the file says ${show(record.log[key])}, ${theirs} ${show(again.log[key])}` };
    }
  }
  const stored = record.results;
  if (!stored) return null;
  const mine = again.results;
  for (let i = 0; i < Math.max(stored.mistakes.length, mine.mistakes.length); i++) {
    const a = stored.mistakes[i];
    const b = mine.mistakes[i];
    if (a && b && a.id === b.id && a.entry === b.entry) continue;
    const entry = (a ?? b)!.entry;
    const t = file[entry]?.t ?? null;
    const word = (m: typeof a) => (m ? `"${m.id}" at entry ${m.entry}` : 'no mistake');
    return { field: `results.mistakes.${i}`, entry, t, what: `mistake ${i}: the file says ${word(a)}, the replay finds ${word(b)}` };
  }
  if (stored.score !== mine.score) return { field: 'results.score', entry: null, t: null, what: `the file says ${stored.score}, the replay ${mine.score}` };
  if (!same(stored.verdict, mine.verdict)) {
    return { field: 'results.verdict', entry: null, t: null, what: `the file says ${show(stored.verdict)}, the replay ${show(mine.verdict)}` };
  }
  if (!same(stored.objectives, mine.objectives)) {
    return { field: 'results.objectives', entry: null, t: null, what: `the file says ${show(stored.objectives)}, the replay ${show(mine.objectives)}` };
  }
  return null;
}
