import { byFolder } from '../machines/folderId.ts';
import type { MachineView } from './machineView.ts';
import { forgetWithFailedModels } from './modelDownloads.ts';

/** One lazy chunk per machine's 3D view (`src/machines/<id>/view.tsx`), loaded with the stage, never with the home screen. */
const loaders = new Map(byFolder(import.meta.glob<MachineView>('../machines/*/view.tsx', { import: 'default' }), 2));

const loaded = new Map<string, Promise<MachineView>>();
const failed = new Set<string>();
// Kept until the stage's retry: forgotten at once, every render would start a new download and
// suspend on it, and the failure (offline: "not downloaded yet") would never reach the boundary.
forgetWithFailedModels(() => {
  for (const id of failed) loaded.delete(id);
  failed.clear();
});

/**
 * The same promise for the same machine (React's `use` needs a stable one); a failed download
 * is forgotten on the stage's retry (forgetFailedModels), so the retry really downloads again.
 */
export function machineView(id: string): Promise<MachineView> {
  let view = loaded.get(id);
  if (!view) {
    const load = loaders.get(id);
    view = load ? load() : Promise.reject(new Error(`no 3D view for machine "${id}" (src/machines/${id}/view.tsx)`));
    view.catch(() => failed.add(id));
    loaded.set(id, view);
  }
  return view;
}
