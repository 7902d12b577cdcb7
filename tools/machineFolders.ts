/**
 * The machine folders under src/machines, found by listing the directory: tools never keep a
 * hand-written list of machines, so a new machine is a new folder and nothing else.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MACHINES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'machines');

/** The file that makes a directory a machine folder unless a tool asks for another one. */
export const MACHINE_ENTRY = 'index.ts';

/** Absolute path of the folder of machine `id` (whether or not it exists). */
export function machineFolder(id: string): string {
  return join(MACHINES_DIR, id);
}

/**
 * Ids (= folder names) of the machine folders that hold `having` (a path inside the folder, e.g.
 * 'model/build.ts'), sorted by code unit so every tool sees the same order on every system.
 */
export function machineFolderIds(having: string = MACHINE_ENTRY): string[] {
  return readdirSync(MACHINES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(MACHINES_DIR, entry.name, having)))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The module `file` (a path inside the folder of machine `id`), imported at run time. */
export async function importMachineFile(id: string, file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(machineFolder(id), file)).href)) as Record<string, unknown>;
}
