import type { MachineSummary } from './catalogueTypes.ts';
import { byFolder } from './folderId.ts';

/**
 * The machines as the home screen lists them, found by folder (`<id>/summary.ts`). Light on
 * purpose: charts, texts and 3D load only when a machine is opened. Listed in the order of the
 * making of a shoe (`line`), so the home screen reads like the workshop floor.
 */
const found = import.meta.glob<MachineSummary>('./*/summary.ts', { eager: true, import: 'default' });

export const machineCatalogue: readonly MachineSummary[] = byFolder(found)
  .map(([id, summary]) => {
    if (summary.id !== id) throw new Error(`src/machines/${id}/summary.ts describes "${summary.id}": a folder and its machine share one id`);
    return summary;
  })
  .sort((a, b) => a.line - b.line || a.id.localeCompare(b.id));

export const isKnownMachine = (id: string | null | undefined): boolean => machineCatalogue.some((m) => m.id === id);
