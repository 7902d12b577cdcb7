import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The folder is the machine (issue 10): no code outside `src/machines/<id>/` names a machine,
 * neither by its id (`my-machine`) nor by identifiers made from it (`myMachine`, `MyMachine`,
 * `MY_MACHINE`, `my_machine`). Shared code and shared tests reach machines through the registries
 * or use the test fixtures in tests/support/. The machine list is read from the folders, so a new
 * machine is covered the day its folder appears.
 *
 * Scope: every .ts/.tsx/.js file under src/ and tools/. tests/browser/ is out of scope for now
 * (its per-machine browser tests are named after their machines until they are generated).
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MACHINES_DIR = join(ROOT, 'src', 'machines');
const SCANNED = ['src', 'tools'];
const CODE = /\.(ts|tsx|js|mjs)$/;

/** Nothing is excluded: a machine's own folder is skipped only when looking for that machine's names. */
const NOT_YET: readonly string[] = [];

const machineIds = (): string[] =>
  readdirSync(MACHINES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

/** `my-machine` → the forms code would name it by: the id, camelCase, PascalCase, snake and UPPER_SNAKE. */
function nameForms(id: string): string[] {
  const words = id.split('-');
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return [...new Set([id, words[0] + words.slice(1).map(cap).join(''), words.map(cap).join(''), words.join('_'), words.join('_').toUpperCase()])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * One pattern per machine. A form that starts in lower case must start a word (`myMachine`, not
 * `dummyMachine`); every form must end one (`gizmo`, not `gizmos`). Capitalised forms may sit
 * inside a longer identifier (`buildMyMachine`), which names the machine just the same.
 */
function machinePattern(id: string): RegExp {
  const forms = nameForms(id).map((f) => `${/^[a-z]/.test(f) ? '(?<![A-Za-z0-9])' : ''}${escape(f)}(?![a-z0-9])`);
  return new RegExp(forms.join('|'));
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : codeFiles(path);
    return CODE.test(d.name) ? [path] : [];
  });
}

/** `file:line: text` for every line outside a machine's own folder that names one of `ids`. */
function namingLines(files: readonly { file: string; text: string }[], ids: readonly string[]): string[] {
  const patterns = ids.map((id) => [id, machinePattern(id)] as const);
  return files.flatMap(({ file, text }) =>
    text.split('\n').flatMap((line, i) =>
      patterns.filter(([, p]) => p.test(line)).map(([id]) => `${file}:${i + 1}: names "${id}": ${line.trim().slice(0, 160)}`),
    ),
  );
}

const ids = machineIds();
const scanned = SCANNED.flatMap((d) => codeFiles(join(ROOT, d)))
  .map((path) => relative(ROOT, path).split(sep).join('/'))
  .filter((file) => !NOT_YET.some((prefix) => file.startsWith(prefix)))
  .sort();

describe('no code outside a machine folder names a machine', () => {
  it('reads the machines from their folders, and has code to scan', () => {
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(scanned.length).toBeGreaterThan(100);
    expect(scanned).toContain('src/engine/contract/namesNoMachine.test.ts');
  });

  it('finds every form of a name, and only names', () => {
    // Made-up ids: this file must not name a real machine either.
    expect(nameForms('my-machine')).toEqual(['my-machine', 'myMachine', 'MyMachine', 'my_machine', 'MY_MACHINE']);
    const lines = (text: string) => namingLines([{ file: 'x.ts', text }], ['my-machine', 'gizmo']).length;
    for (const text of ["'my-machine'", 'myMachine.controls', 'buildMyMachine()', 'MY_MACHINE_NODES', 'models/my-machine-front', 'the gizmo', 'Gizmo']) expect(lines(text), text).toBe(1);
    for (const text of ['dummyMachine', 'a my machine', 'gizmos', 'test-press', 'machineMy']) expect(lines(text), text).toBe(0);
    expect(namingLines([{ file: 'a/b.ts', text: 'ok\nimport { myMachine } from "x";' }], ['my-machine'])).toEqual(['a/b.ts:2: names "my-machine": import { myMachine } from "x";']);
  });

  it.each(ids)('no file in src/ or tools/ outside src/machines/%s/ names it', (id) => {
    const files = scanned.filter((file) => !file.startsWith(`src/machines/${id}/`)).map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
    expect(namingLines(files, [id])).toEqual([]);
  });
});
