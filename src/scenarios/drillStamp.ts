import type { DrillStamp } from '../engine/recordFormat.ts';
import { drillFingerprint } from './drillFingerprint.ts';
import type { Drill } from './types.ts';

/** What a record keeps of the drill it was made in: its id, its rules' fingerprint, and a trainer's own file whole. */
export function drillStamp(drill: Drill): DrillStamp {
  return { id: drill.id, fingerprint: drillFingerprint(drill), ...(drill.source !== undefined ? { file: { name: drill.file, text: drill.source } } : {}) };
}
