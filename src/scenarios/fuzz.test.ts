import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom, pick } from '../engine/random.ts';
import { machineModules } from '../machines/index.ts';
import { corruptDrillText } from '../../tests/support/corrupt.ts';
import { loadScenario } from './loader.ts';
import { MAX_PROBLEMS } from './problems.ts';

const root = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(new URL(`${d.name}/`, root)).filter((f) => f.endsWith('.json')).map((f) => `scenarios/${d.name}/${f}`));
/** A drill file name in the first machine's folder, for input that is no drill at all. */
const X_FILE = (files[0] ?? 'scenarios/none/x.json').replace(/[^/]+$/, 'x.json');
const texts = new Map(files.map((f) => [f, readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8')]));

const CASES = 3000;
const SEED = 20261128;
/** `file: (file): …`, `file: (root): …` or `file: a.b.0."odd key": …`, then a message. */
const SEGMENT = String.raw`(?:[\w$-]+|"(?:[^"\\]|\\.)*")`;
const lineFor = (file: string) => new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: (?:\\(file\\)|\\(root\\)|${SEGMENT}(?:\\.${SEGMENT})*): \\S`);

describe('loader fuzz', () => {
  it('bundled files are there to corrupt', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it(`${CASES} corrupted drill files: never a throw, always a problem naming the file and the field`, () => {
    const rand = seededRandom(SEED);
    const seen = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const file = pick(rand, files);
      const { text, how } = corruptDrillText(texts.get(file) ?? '', rand);
      seen.set(how, (seen.get(how) ?? 0) + 1);
      const where = `case ${i} (${how}) of ${file}`;
      const r = loadScenario(file, text, machineModules);
      if (r.ok) throw new Error(`${where}: the loader accepted a damaged file:\n${text.slice(0, 2000)}`);
      expect(r.problems.length, where).toBeGreaterThan(0);
      expect(r.problems.length, where).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
      const line = lineFor(file);
      for (const p of r.problems) if (!line.test(p) || p.includes('\n')) throw new Error(`${where}: badly formed problem: ${p}`);
    }
    expect(({} as Record<string, unknown>).polluted, 'a "__proto__" key reached Object.prototype').toBeUndefined();
    // Every kind of damage was tried a fair number of times.
    expect([...seen.values()].every((n) => n > CASES / 30)).toBe(true);
  }, 60_000);

  it.each([
    ['empty', ''],
    ['deep nesting', '['.repeat(100_000)],
    ['huge list', JSON.stringify({ start: Array.from({ length: 50_000 }, () => ({ type: 'user.kick' })) })],
    ['binary', String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256))],
    ['a BOM before broken JSON', '\ufeff{"id": '],
  ])('hostile input (%s) gives a short list of well-formed problems', (_name, text) => {
    const r = loadScenario(X_FILE, text, machineModules);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    for (const p of r.problems) expect(p).toMatch(lineFor(X_FILE));
  });
});
