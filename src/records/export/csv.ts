import type { MachineModule } from '../../engine/machineModule.ts';
import { realDurationMs } from '../../engine/recordResults.ts';
import type { Attempt, Learner } from '../attempt.ts';
import { csvText, type Cell } from './csvText.ts';
import { severityCounts } from './severityCounts.ts';

/**
 * Column names: stable English keys, so a trainer's spreadsheet formulas and the dinas' scripts
 * keep working whatever language the app is in (values are ids too: mode, verdict, machine).
 */
export const CSV_COLUMNS = ['attempt', 'learner', 'machine', 'mode', 'drill', 'start', 'duration_s', 'score', 'verdict', 'status', 'critical', 'major', 'minor'] as const;

export interface CsvOptions {
  /** IANA time zone the start is written in (default: the device's own, which is "local" for the trainer). */
  readonly timeZone?: string;
}

/** `2026-12-02 17:05:09`: a local date-time Excel and LibreOffice read as one, in any locale. */
export function localDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** One row: what the attempt's record says (records are checked when they enter the device). */
function row(attempt: Attempt, learners: ReadonlyMap<string, Learner>, machines: readonly MachineModule[], options: CsvOptions): Cell[] {
  const { log, results } = attempt.record;
  const machine = machines.find((m) => m.id === attempt.machineId);
  const counts = results ? severityCounts(machine, results.mistakes) : null;
  return [
    attempt.id,
    // A learner deleted from this device: the name the record was saved with.
    learners.get(attempt.learnerId)?.name ?? attempt.record.trainee,
    attempt.machineId,
    log.mode,
    log.scenario ?? '',
    localDateTime(attempt.startedAt, options.timeZone),
    Math.round(realDurationMs(log.entries, log.endT) / 1000),
    results?.score ?? null,
    results?.verdict.status ?? '',
    attempt.status,
    counts?.critical ?? null,
    counts?.major ?? null,
    counts?.minor ?? null,
  ];
}

/** The CSV file's text (UTF-8 BOM, `;`, CRLF): one row per attempt, in the order given. */
export function attemptsCsv(learners: readonly Learner[], attempts: readonly Attempt[], machines: readonly MachineModule[], options: CsvOptions = {}): string {
  const byId = new Map(learners.map((l) => [l.id, l]));
  return csvText(CSV_COLUMNS, attempts.map((a) => row(a, byId, machines, options)));
}
