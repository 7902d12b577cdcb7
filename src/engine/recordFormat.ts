import type { RecordResults } from './recordResults.ts';
import type { SessionLog } from './session.ts';

/**
 * A session record: the log, who and when, and the results the session came to (so a replay can
 * tell when a file was changed). Small enough to send over WhatsApp (a few KB). Writing needs no
 * schema library, so the home screen stays small; reading validates and replays
 * (records/sessionRecord.ts, loaded when a file is opened).
 */
export const RECORD_FORMAT = 'gladi-session';
/** 2 added `results`; version 1 files (no results) still open, checked on their accepted flags. */
export const RECORD_VERSION = 2;
export const RECORD_VERSIONS = [1, 2] as const;

export interface SessionRecord {
  readonly format: typeof RECORD_FORMAT;
  readonly version: (typeof RECORD_VERSIONS)[number];
  readonly trainee: string;
  /** Wall-clock time of saving, ISO 8601. */
  readonly savedAt: string;
  readonly scenario?: string;
  /** Fingerprint of the drill's rules when the record was made (drillFingerprint.ts). */
  readonly scenarioFingerprint?: string;
  /** A drill that is not bundled with the app (a trainer's own file): its file, so the record replays anywhere. */
  readonly drillFile?: DrillFile;
  readonly log: SessionLog;
  readonly results?: RecordResults;
}

export interface DrillFile {
  readonly name: string;
  readonly text: string;
}

/** What a record keeps of its drill (scenarios/drillStamp.ts makes it). */
export interface DrillStamp {
  readonly id: string;
  readonly fingerprint: string;
  readonly file?: DrillFile;
}

export function toRecord(log: SessionLog, results: RecordResults, trainee: string, savedAt: string, drill?: DrillStamp): SessionRecord {
  const scenario = drill ? { scenario: drill.id, scenarioFingerprint: drill.fingerprint, ...(drill.file ? { drillFile: drill.file } : {}) } : {};
  return { format: RECORD_FORMAT, version: RECORD_VERSION, trainee, savedAt, ...scenario, log, results };
}

/** `gladi-<machine>-<name>-2026-12-01-2138.json`: date and time apart, local time of saving. */
export function recordFileName(machineId: string, trainee: string, saved: Date): string {
  const name = trainee.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 30) || 'peserta';
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${saved.getFullYear()}-${two(saved.getMonth() + 1)}-${two(saved.getDate())}`;
  return `gladi-${machineId}-${name}-${date}-${two(saved.getHours())}${two(saved.getMinutes())}.json`;
}
