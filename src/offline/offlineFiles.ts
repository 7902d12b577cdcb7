/**
 * What a machine needs offline, as the build computes it (`offline-files.json`, written by
 * tools/offline/offlineFilesPlugin.ts) and the app reads it. Pure: no DOM, no Node.
 */

/** One file the app fetches, relative to the app's base URL, with its size in bytes as stored. */
export interface OfflineFile {
  readonly url: string;
  readonly bytes: number;
  /** A content hash: a changed file (a new model under the same name) has a new revision. */
  readonly revision: string;
}

export interface MachineOfflineFiles {
  readonly id: string;
  /** Everything the machine needs that the service worker does not precache: model, 3D code, picture. */
  readonly files: readonly OfflineFile[];
}

export interface OfflineFilesManifest {
  readonly format: 'gladi-offline-files';
  readonly version: 1;
  readonly machines: readonly MachineOfflineFiles[];
}

/** The build writes this next to index.html; the service worker precaches it. */
export const OFFLINE_FILES_NAME = 'offline-files.json';

/** The cache the service worker serves models, thumbnails and 3D chunks from, and the downloads fill. */
export const OFFLINE_CACHE = 'gladi-offline-v1';

/** The service worker's message to its pages when it stored a file in the offline cache. */
export const OFFLINE_STORED_MESSAGE = 'gladi-offline-stored';

/** Reads `offline-files.json`; a malformed file names what is wrong. */
export function parseOfflineFiles(json: unknown): OfflineFilesManifest {
  const fail = (what: string): never => {
    throw new Error(`${OFFLINE_FILES_NAME}: ${what}`);
  };
  if (typeof json !== 'object' || json === null) return fail('not an object');
  const m = json as Partial<OfflineFilesManifest>;
  if (m.format !== 'gladi-offline-files' || m.version !== 1) return fail(`unknown format ${String(m.format)} ${String(m.version)}`);
  if (!Array.isArray(m.machines)) return fail('machines is not a list');
  m.machines.forEach((machine: Partial<MachineOfflineFiles>, i) => {
    if (typeof machine?.id !== 'string' || !Array.isArray(machine.files)) return fail(`machines[${i}] needs an id and files`);
    machine.files.forEach((f: Partial<OfflineFile>, j) => {
      if (typeof f?.url !== 'string' || typeof f.revision !== 'string' || typeof f.bytes !== 'number' || !(f.bytes >= 0)) {
        fail(`machines[${i}].files[${j}] needs url, bytes and revision`);
      }
    });
  });
  return m as OfflineFilesManifest;
}

/** What is on the device for one machine. */
export interface MachineStorage {
  readonly id: string;
  /** Every file is stored (at its current revision): the machine works offline. */
  readonly stored: boolean;
  /** Bytes of this machine's files on the device (shared 3D code counted for each machine that uses it). */
  readonly storedBytes: number;
  /** Bytes a download would still fetch. */
  readonly missingBytes: number;
  readonly totalBytes: number;
}

/** `storedRevisions`: url → revision of what the offline cache holds (unknown revision = '' counts as stale). */
export function machineStorage(machine: MachineOfflineFiles, storedRevisions: ReadonlyMap<string, string>): MachineStorage {
  let storedBytes = 0;
  let missingBytes = 0;
  for (const f of machine.files) {
    if (storedRevisions.get(f.url) === f.revision) storedBytes += f.bytes;
    else missingBytes += f.bytes;
  }
  return { id: machine.id, stored: missingBytes === 0, storedBytes, missingBytes, totalBytes: storedBytes + missingBytes };
}

/** The files still to fetch for these machines, each once (the 3D code is shared). */
export function filesToFetch(machines: readonly MachineOfflineFiles[], storedRevisions: ReadonlyMap<string, string>): OfflineFile[] {
  const out = new Map<string, OfflineFile>();
  for (const m of machines) for (const f of m.files) if (storedRevisions.get(f.url) !== f.revision) out.set(f.url, f);
  return [...out.values()];
}

/** The files removing `machineId` may delete: its own, but none another stored machine still needs. */
export function filesToRemove(manifest: OfflineFilesManifest, machineId: string, storedRevisions: ReadonlyMap<string, string>): string[] {
  const target = manifest.machines.find((m) => m.id === machineId);
  if (!target) return [];
  const keep = new Set(
    manifest.machines
      .filter((m) => m.id !== machineId && machineStorage(m, storedRevisions).stored)
      .flatMap((m) => m.files.map((f) => f.url)),
  );
  return target.files.map((f) => f.url).filter((url) => !keep.has(url) && storedRevisions.has(url));
}

/** Bytes on the device and still to fetch for every machine, each shared file counted once. */
export function deviceTotals(manifest: OfflineFilesManifest, storedRevisions: ReadonlyMap<string, string>): { storedBytes: number; missingBytes: number } {
  const files = new Map(manifest.machines.flatMap((m) => m.files.map((f) => [f.url, f] as const)));
  let storedBytes = 0;
  let missingBytes = 0;
  for (const f of files.values()) {
    if (storedRevisions.get(f.url) === f.revision) storedBytes += f.bytes;
    else missingBytes += f.bytes;
  }
  return { storedBytes, missingBytes };
}
