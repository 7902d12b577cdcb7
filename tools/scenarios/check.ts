import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { untrusted } from '../../src/engine/untrustedText.ts';
import { checkDrillFile } from '../../src/scenarios/checkDrill.ts';
import { fileTooLarge, MAX_FILE_BYTES } from '../../src/scenarios/checkLimits.ts';
import { problem } from '../../src/scenarios/problems.ts';
import { loadMachineModules } from '../machineModules.ts';

/**
 * `npm run scenarios:check [-- <file>...]`: checks drill files with the very check the app runs
 * on a trainer's own file (`checkDrillFile`): shape, names, the start simulated, the golden run
 * passes and each bad run fails as stated. Prints one OK line per good file and every problem as
 * `file: path.to.field: what is wrong`; exits 0 only if all are good. Reads files with node:fs
 * (no bundler), so it runs anywhere tsx does.
 */

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Found by folder, as the app finds them (tsx has no import.meta.glob). */
const machineModules = await loadMachineModules();

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };
const SCHEMA_FILE = 'scenario.schema.json';

/** Forward slashes, relative to `cwd` when inside it: the names problems are reported under. */
const display = (path: string, cwd: string) => {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/');
};

/** Every drill file: scenarios/<machine-id>/*.json; a stray .json directly in scenarios/ is reported. */
function findFiles(root: string, cwd: string, io: Io): { files: string[]; stray: number } {
  if (!existsSync(root)) return { files: [], stray: 0 };
  const files: string[] = [];
  let stray = 0;
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) files.push(...readdirSync(path).sort().filter((f) => f.endsWith('.json')).map((f) => join(path, f)));
    else if (name.endsWith('.json') && name !== SCHEMA_FILE) {
      io.err(problem(display(path, cwd), '(file)', 'drill files belong in scenarios/<machine-id>/'));
      stray++;
    }
  }
  return { files, stray };
}

/** Checks one file; returns whether it is good. */
export function checkFile(path: string, cwd: string, io: Io): boolean {
  const name = display(path, cwd);
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      io.err(fileTooLarge(name, size));
      return false;
    }
    bytes = readFileSync(path);
  } catch (e) {
    io.err(problem(name, '(file)', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
    return false;
  }
  const checked = checkDrillFile(name, bytes, machineModules);
  if (!checked.ok) {
    checked.problems.forEach((p) => io.err(p));
    return false;
  }
  const d = checked.drill;
  io.out(`${untrusted(name)}: OK (${d.machine}, ${d.mode}, ${d.objectives.length} objective(s); golden passes; ${d.badRuns.length} bad run(s) fail as stated)`);
  return true;
}

export function main(args: readonly string[], io: Io = consoleIo, cwd = process.cwd()): number {
  const found = args.length ? { files: args.map((a) => resolve(cwd, a)), stray: 0 } : findFiles(join(cwd, 'scenarios'), cwd, io);
  if (found.files.length === 0 && found.stray === 0) {
    io.err(problem('scenarios', '(file)', 'no drill files found'));
    return 1;
  }
  const bad = found.files.filter((f) => !checkFile(f, cwd, io)).length + found.stray;
  io.out(`${found.files.length} drill file(s) checked, ${bad} with problems`);
  return bad === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
