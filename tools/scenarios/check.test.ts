import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PROBLEMS } from '../../src/scenarios/problems.ts';
import { main, type Io } from './check.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'gladi-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Any bundled drill will do, whatever machines there are: the first (by folder and file name) whose
// golden run takes more than one action, so that cutting it short must fail (a drill may be one quick response).
const [machine, drillFile] = readdirSync(join(repo, 'scenarios'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .flatMap((m) => readdirSync(join(repo, 'scenarios', m)).filter((f) => f.endsWith('.json')).sort().map((f) => [m, f] as const))
  .find(([m, f]) => (JSON.parse(readFileSync(join(repo, 'scenarios', m, f), 'utf8')) as { golden: unknown[] }).golden.length > 1)!;
const drillText = readFileSync(join(repo, 'scenarios', machine, drillFile), 'utf8');
const drillDoc = JSON.parse(drillText) as { id: string; mode: string; objectives: unknown[]; badRuns: unknown[]; golden: unknown[]; title: { id: string; en: string } };
const GOOD = `scenarios/${machine}/${drillFile}`;
const BAD = `scenarios/${machine}/rusak.json`;
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// A scenarios/ tree with one good drill (a bundled one) and one with problems of every stage.
mkdirSync(join(tmp, 'scenarios', machine), { recursive: true });
cpSync(join(repo, GOOD), join(tmp, GOOD));
writeFileSync(join(tmp, BAD), JSON.stringify({ id: 'rusak', machine, title: { id: 'x', en: 'x' }, briefing: { id: 'x', en: 'x' }, mode: 'drill', start: [] }));

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
};

describe('npm run scenarios:check', () => {
  it('exits 0 with an OK line for a valid file', () => {
    const { io, out, err } = capture();
    expect(main([GOOD], io, tmp)).toBe(0);
    expect(err).toEqual([]);
    const { mode, objectives, badRuns } = drillDoc;
    expect(out[0]).toBe(`${GOOD}: OK (${machine}, ${mode}, ${objectives.length} objective(s); golden passes; ${badRuns.length} bad run(s) fail as stated)`);
  });

  it('exits 1 and prints every problem as file: path: what for an invalid file', () => {
    const { io, err } = capture();
    expect(main([BAD], io, tmp)).toBe(1);
    const f = re(BAD);
    expect(err).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${f}: mode: `)),
        expect.stringMatching(new RegExp(`^${f}: objectives: `)),
        expect.stringMatching(new RegExp(`^${f}: timeLimitSeconds: `)),
        expect.stringMatching(new RegExp(`^${f}: golden: `)),
      ]),
    );
    for (const line of err) expect(line).toMatch(new RegExp(`^${f}: ([\\w.$]+|\\(root\\)): \\S`));
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
  /** The bundled drill as a file of its own (outside a scenarios/ tree its id need not match its name). */
  const good = () => JSON.stringify({ ...drillDoc, id: 'x' }, null, 2);
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
    const name = write('latin1.json', Buffer.from(JSON.stringify({ ...drillDoc, title: { ...drillDoc.title, id: `${drillDoc.title.id} caf\u00e9` } }), 'latin1'));
    expect(main([name], io, tmp)).toBe(1);
    expect(err).toEqual(['latin1.json: (file): not UTF-8 text: save the file as UTF-8']);
  });

  it('refuses a drill whose golden run fails, naming the run', () => {
    const { io, err } = capture();
    const doc = JSON.parse(good()) as { golden: unknown[] };
    // Only the golden run's first action: no drill is done in one.
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
    const good = run(GOOD);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain(`${GOOD}: OK`);
    const bad = run(BAD);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${BAD}: mode: `);
  }, 30_000);
});
