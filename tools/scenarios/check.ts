import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineModules } from '../../src/machines/index.ts';
import { loadScenario } from '../../src/scenarios/loader.ts';
import { problem } from '../../src/scenarios/problems.ts';
import { verifyRuns } from '../../src/scenarios/verifyRuns.ts';

/**
 * `npm run scenarios:check [-- <file>...]`: checks drill files the way the app loads them, then
 * plays each golden run (must pass) and bad run (must fail as stated). Prints one OK line per good
 * file and every problem as `file: path.to.field: what is wrong`; exits 0 only if all are good.
 * Reads files with node:fs (no bundler), so it runs anywhere tsx does.
 */

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    io.err(problem(name, '(file)', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
    return false;
  }
  const loaded = loadScenario(name, text, machineModules);
  const problems = loaded.ok ? verifyRuns(machineModules.find((m) => m.id === loaded.drill.machine)!, loaded.drill) : loaded.problems;
  problems.forEach((p) => io.err(p));
  if (loaded.ok && problems.length === 0) {
    const d = loaded.drill;
    io.out(`${name}: OK (${d.machine}, ${d.mode}, ${d.objectives.length} objective(s); golden passes; ${d.badRuns.length} bad run(s) fail as stated)`);
  }
  return problems.length === 0;
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
