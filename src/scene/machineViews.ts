import { byFolder } from '../machines/folderId.ts';
import type { MachineView } from './machineView.ts';

/** One lazy chunk per machine's 3D view (`src/machines/<id>/view.tsx`), loaded with the stage, never with the home screen. */
const loaders = new Map(byFolder(import.meta.glob<MachineView>('../machines/*/view.tsx', { import: 'default' }), 2));

const loaded = new Map<string, Promise<MachineView>>();

/**
 * The same promise for the same machine while it is good (React's `use` needs a stable one); a
 * failed download is forgotten, so the stage's retry really downloads again.
 */
export function machineView(id: string): Promise<MachineView> {
  let view = loaded.get(id);
  if (!view) {
    const load = loaders.get(id);
    view = load ? load() : Promise.reject(new Error(`no 3D view for machine "${id}" (src/machines/${id}/view.tsx)`));
    view.catch(() => loaded.delete(id));
    loaded.set(id, view);
  }
  return view;
}
