import { byFolder } from '../../src/machines/folderId.ts';

/**
 * The real machines the app-level browser tests drive. They need machines of the app itself (the
 * test press of tests/support is not in the app), so they are named here, once; each machine's own
 * browser test lives in its folder (`src/machines/<id>/*.browser.test.ts`). Node names come from
 * each folder's `nodes.ts`, found by folder like every registry.
 */
const nodeMaps = new Map(byFolder(import.meta.glob<Readonly<Record<string, string>>>('../../src/machines/*/nodes.ts', { eager: true, import: 'default' }), 4));

function nodesOf<T extends Readonly<Record<string, string>>>(id: string): T {
  const nodes = nodeMaps.get(id);
  if (!nodes) throw new Error(`no src/machines/${id}/nodes.ts`);
  return nodes as T;
}

/** A two-hand press with a pump, an oil check and drills of every mode: the app-level tests' main machine. */
export const PRESS = {
  id: 'clicking-press',
  guidedDrill: 'potongan-pertama',
  faultDrill: 'oli-kurang',
  examDrill: 'ujian-start-up',
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- only the node map's type; the values come by folder
  get nodes(): typeof import('../../src/machines/clicking-press/nodes.ts').default {
    return nodesOf(this.id);
  },
} as const;

/** A second machine of another kind (air-powered press with a reactivator), for tests that need two. */
export const SOLE = {
  id: 'sole-press',
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- only the node map's type; the values come by folder
  get nodes(): typeof import('../../src/machines/sole-press/nodes.ts').default {
    return nodesOf(this.id);
  },
} as const;
