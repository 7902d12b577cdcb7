import type { SessionLog } from './session.ts';

/**
 * A session record: the log plus who and when, small enough to send over WhatsApp (a few KB).
 * Writing needs no schema library, so the home screen stays small; reading validates
 * (sessionRecord.ts, loaded when a file is opened).
 */
export const RECORD_FORMAT = 'gladi-session';
export const RECORD_VERSION = 1;

export interface SessionRecord {
  readonly format: typeof RECORD_FORMAT;
  readonly version: typeof RECORD_VERSION;
  readonly trainee: string;
  readonly savedAt: string;
  readonly scenario?: string;
  readonly log: SessionLog;
}

export function toRecord(log: SessionLog, trainee: string, savedAt: string, scenario?: string): SessionRecord {
  return { format: RECORD_FORMAT, version: RECORD_VERSION, trainee, savedAt, ...(scenario ? { scenario } : {}), log };
}
