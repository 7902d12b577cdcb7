import type { ComponentType } from 'react';
import { byFolder } from '../../machines/folderId.ts';

/** What a machine folder's `schematic.tsx` default-exports: its 2D drawing with live parts and controls. */
export type MachineSchematic = ComponentType;

/**
 * One lazy chunk per machine's 2D view (`src/machines/<id>/schematic.tsx`), found by folder like
 * the 3D views. It pulls in no three.js: it is what a device without WebGL shows.
 */
const loaders = new Map(byFolder(import.meta.glob<MachineSchematic>('../../machines/*/schematic.tsx', { import: 'default' }), 3));

const loaded = new Map<string, Promise<MachineSchematic>>();

/** Ids of the machines that have a schematic. */
export const schematicIds: readonly string[] = [...loaders.keys()];

/** The same promise for the same machine while it is good (for React's `use`); a failed download is forgotten for a retry. */
export function machineSchematic(id: string): Promise<MachineSchematic> {
  let found = loaded.get(id);
  if (!found) {
    const load = loaders.get(id);
    found = load ? load() : Promise.reject(new Error(`no 2D view for machine "${id}" (src/machines/${id}/schematic.tsx)`));
    found.catch(() => loaded.delete(id));
    loaded.set(id, found);
  }
  return found;
}
