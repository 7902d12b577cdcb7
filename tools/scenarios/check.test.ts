import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PROBLEMS } from '../../src/scenarios/problems.ts';
import { main, type Io } from './check.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'gladi-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A scenarios/ tree with one good drill (a bundled one) and one with problems of every stage.
mkdirSync(join(tmp, 'scenarios', 'clicking-press'), { recursive: true });
cpSync(join(repo, 'scenarios', 'clicking-press', 'oli-kurang.json'), join(tmp, 'scenarios', 'clicking-press', 'oli-kurang.json'));
writeFileSync(
  join(tmp, 'scenarios', 'clicking-press', 'rusak.json'),
  JSON.stringify({ id: 'rusak', machine: 'clicking-press', title: { id: 'x', en: 'x' }, briefing: { id: 'x', en: 'x' }, mode: 'drill', start: [] }),
);

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
};

describe('npm run scenarios:check', () => {
  it('exits 0 with an OK line for a valid file', () => {
    const { io, out, err } = capture();
    expect(main(['scenarios/clicking-press/oli-kurang.json'], io, tmp)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/^scenarios\/clicking-press\/oli-kurang\.json: OK \(clicking-press, free, 2 objective\(s\); golden passes; 3 bad run\(s\) fail as stated\)$/);
  });

  it('exits 1 and prints every problem as file: path: what for an invalid file', () => {
    const { io, err } = capture();
    expect(main(['scenarios/clicking-press/rusak.json'], io, tmp)).toBe(1);
    const f = 'scenarios/clicking-press/rusak.json';
    expect(err).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${f}: mode: `)),
        expect.stringMatching(new RegExp(`^${f}: objectives: `)),
        expect.stringMatching(new RegExp(`^${f}: timeLimitSeconds: `)),
        expect.stringMatching(new RegExp(`^${f}: golden: `)),
      ]),
    );
    for (const line of err) expect(line).toMatch(/^scenarios\/clicking-press\/rusak\.json: ([\w.$]+|\(root\)): \S/);
  });

  it('without arguments checks every file under scenarios/ and fails if any is bad; names unreadable files', () => {
    const { io, out, err } = capture();
    expect(main([], io, tmp)).toBe(1);
    expect(out).toContain('2 drill file(s) checked, 1 with problems');
    const missing = capture();
    expect(main(['scenarios/nope.json'], missing.io, tmp)).toBe(1);
    expect(missing.err).toEqual(['scenarios/nope.json: (file): cannot be read (ENOENT)']);
    expect(err.length).toBeGreaterThan(0);
  });

  const write = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(tmp, name), bytes);
    return name;
  };
  const good = () => readFileSync(join(repo, 'scenarios', 'clicking-press', 'oli-kurang.json'), 'utf8').replace('"id": "oli-kurang"', '"id": "x"');
  const utf16 = (text: string, bigEndian: boolean) => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return bigEndian ? le.swap16() : le;
  };

  it.each([
    ['a UTF-8 byte-order mark', () => `\uFEFF${good()}`],
    ['UTF-16 little endian with a byte-order mark', () => utf16(good(), false)],
    ['UTF-16 big endian with a byte-order mark', () => utf16(good(), true)],
  ])('accepts a file with %s', (_how, bytes) => {
    const { io, out, err } = capture();
    const name = write('enc.json', bytes());
    expect(main([name], io, tmp)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/^enc\.json: OK/);
  });

  it('refuses a file that is not UTF-8, saying how to fix it', () => {
    const { io, err } = capture();
    const name = write('latin1.json', Buffer.from(good().replace('Oli', 'Ol\u00e9'), 'latin1'));
    expect(main([name], io, tmp)).toBe(1);
    expect(err).toEqual(['latin1.json: (file): not UTF-8 text: save the file as UTF-8']);
  });

  it('refuses a drill whose golden run fails, naming the run', () => {
    const { io, err } = capture();
    const doc = JSON.parse(good()) as { golden: unknown[] };
    doc.golden = doc.golden.slice(0, 1);
    expect(main([write('gagal.json', JSON.stringify(doc))], io, tmp)).toBe(1);
    expect(err).toEqual(expect.arrayContaining([expect.stringMatching(/^gagal\.json: golden: must pass, but failed/)]));
  });

  it('says how many problems are not shown, and clips a huge field name', () => {
    const many = capture();
    const doc = JSON.parse(good()) as Record<string, unknown>;
    expect(main([write('banyak.json', JSON.stringify({ ...doc, golden: Array.from({ length: 1000 }, () => ({ t: 'soon', event: 7 })) }))], many.io, tmp)).toBe(1);
    expect(many.err).toHaveLength(MAX_PROBLEMS + 1);
    expect(many.err.at(-1)).toBe(`banyak.json: (file): ${2000 - MAX_PROBLEMS} more problems not shown`);
    const huge = capture();
    expect(main([write('kunci.json', JSON.stringify({ ...doc, ['k'.repeat(1_000_000)]: 1 }))], huge.io, tmp)).toBe(1);
    expect(huge.err).toEqual([expect.stringMatching(/^kunci\.json: "k{30,}…": unknown field/)]);
    expect(huge.err[0]!.length).toBeLessThan(400);
  });

  it('as a command: exit codes and output through tsx', () => {
    // The repo's own tsx (npx would look for it in the temporary folder).
    const tsx = join(repo, 'node_modules', '.bin', 'tsx');
    const run = (...files: string[]) => spawnSync(tsx, [join(repo, 'tools/scenarios/check.ts'), ...files], { cwd: tmp, encoding: 'utf8' });
    const good = run('scenarios/clicking-press/oli-kurang.json');
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('scenarios/clicking-press/oli-kurang.json: OK');
    const bad = run('scenarios/clicking-press/rusak.json');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('scenarios/clicking-press/rusak.json: mode: ');
  }, 30_000);
});
