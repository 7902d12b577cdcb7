import type { MachineModule } from '../../engine/machineModule.ts';
import { mergeBundle } from '../../records/bundle/mergeBundle.ts';
import { readBundle } from '../../records/bundle/readBundle.ts';
import type { Drill } from '../../scenarios/types.ts';
import type { RecordsStore } from '../../storage/recordsStore.ts';

export interface BundleFile {
  readonly name: string;
  readonly text: string;
}

export type FileOutcome =
  | { readonly file: string; readonly ok: true; readonly attemptsAdded: number; readonly attemptsUpdated: number; readonly attemptsSkipped: number; readonly learnersAdded: number }
  | { readonly file: string; readonly ok: false; readonly problems: readonly string[] };

/**
 * Imports class bundles one file at a time: each is read and checked whole (readBundle), merged
 * by id with what the device holds now (so the second of two overlapping files skips the overlap),
 * and its new part written in one transaction. A refused file writes nothing; the others still go in.
 */
export async function importBundles(files: readonly BundleFile[], store: RecordsStore, machines: readonly MachineModule[], drills: readonly Drill[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const read = readBundle(file.name, file.text, machines, drills);
    if (!read.ok) {
      outcomes.push({ file: file.name, ok: false, problems: read.problems });
      continue;
    }
    const existing = { learners: await store.listLearners(), attempts: await store.listAttempts() };
    const merged = mergeBundle(existing, read.bundle);
    try {
      await store.addRecords({ ...merged.added, updated: merged.updated });
    } catch (error) {
      outcomes.push({ file: file.name, ok: false, problems: [`${file.name}: (file): could not be stored (${String(error)})`] });
      continue;
    }
    const { attemptsAdded, attemptsUpdated, attemptsSkipped, learnersAdded } = merged.counts;
    outcomes.push({ file: file.name, ok: true, attemptsAdded, attemptsUpdated, attemptsSkipped, learnersAdded });
  }
  return outcomes;
}
