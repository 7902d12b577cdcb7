import { readdirSync, readFileSync } from 'node:fs';
import { pick, seededRandom } from '../../src/engine/random.ts';
import { DWELL_VALUES_S } from './fixtures/testPress/chart.ts';
import { corruptDrillText } from './corrupt.ts';
import { probeDoc, type ProbeDoc } from './probeDrill.ts';

/**
 * Drill files a trainer might open, good and bad, as bytes (the way the app and the checker both
 * read them): for tests that the app and `npm run scenarios:check` judge each one the same.
 * The hand-written ones are the probe drill on the test press (judge them with `fixtureMachines`
 * known); the rest are every bundled drill file, as shipped and corrupted.
 * Test support only (reads the repository with node:fs).
 */
export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Whether the check must accept it. */
  readonly good: boolean;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
  const body = `${bom ? '\uFEFF' : ''}${text}`;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};
const probe = (change: (d: ProbeDoc) => void = () => {}) => {
  const d = probeDoc() as ProbeDoc;
  change(d);
  return JSON.stringify(d, null, 2);
};

const root = new URL('../../scenarios/', import.meta.url);
const bundledText = (path: string) => readFileSync(new URL(path, root), 'utf8');
/** Every bundled drill file, `<machine-id>/<drill-id>.json`, whatever machines there are. */
const bundledFiles = (): string[] =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(new URL(`${d.name}/`, root)).filter((f) => f.endsWith('.json')).sort().map((f) => `${d.name}/${f}`))
    .sort();

/**
 * A golden run of many long stroke cycles on the probe: few items (two per cycle), many timer
 * steps (the dwell ticks every second at its longest setting).
 */
export function tickHeavyText(): string {
  const longest = Math.max(...DWELL_VALUES_S);
  const ev = (t: number, type: string, control: string, value?: string) => ({ t, event: value === undefined ? { type, control } : { type, control, value } });
  const items: unknown[] = [ev(0, 'user.set', 'dwell', String(longest))];
  for (let t = 1000; items.length < 1800; t += (longest + 2) * 1000) items.push(ev(t, 'user.press', 'cycleButton'), ev(t + (longest + 1) * 1000, 'user.release', 'cycleButton'));
  return probe((d) => {
    d.faults = [];
    // Met only by the last cycle, so the golden run plays to its end (as far as the budget lets it).
    d.objectives = [{ type: 'goodCycles', count: (items.length - 1) / 2 }] as never;
    d.timeLimitSeconds = 8 * 3600;
    d.golden = items;
    d.badRuns = [];
  });
}

export function hostileFiles(corrupted = 30, seed = 20261201): HostileFile[] {
  const good = probe();
  const files: HostileFile[] = [
    { name: 'baik.json', bytes: utf8(good), good: true },
    { name: 'bom.json', bytes: utf8(`\uFEFF${good}`), good: true },
    { name: 'utf16le-bom.json', bytes: utf16(good, false, true), good: true },
    { name: 'utf16be-bom.json', bytes: utf16(good, true, true), good: true },
    { name: 'utf16le.json', bytes: utf16(good, false, false), good: true },
    { name: 'latin1.json', bytes: Uint8Array.from([...utf8(good.replace('"Uji"', '"Uji X"'))].map((b) => (b === 0x58 ? 0xe9 : b))), good: false },
    // Fault at 5 s, response wanted within 1 ms: no trainee can make it.
    { name: 'tidak-mungkin.json', bytes: utf8(probe((d) => (d.objectives = [{ type: 'respondToFault', fault: 'overheat', withinSeconds: 0.001, response: { state: 'off' } }]))), good: false },
    { name: 'golden-gagal.json', bytes: utf8(probe((d) => (d.golden = [{ t: 6000, event: { type: 'user.press', control: 'stop' } }]))), good: false },
    { name: 'bad-run-lulus.json', bytes: utf8(probe((d) => (d.badRuns = [{ events: d.golden, expect: { failed: 'objective' } }]))), good: false },
    {
      name: 'berat-item.json',
      bytes: utf8(probe((d) => (d.badRuns = Array.from({ length: 20 }, () => ({ events: Array.from({ length: 150 }, (_, i) => ({ t: 6000 + i, event: { type: 'user.inspect', control: 'guard' } })), expect: { failed: 'objective' } }))))),
      good: false,
    },
    { name: 'berat-timer.json', bytes: utf8(tickHeavyText()), good: false },
    { name: 'dua-ribu.json', bytes: utf8(probe((d) => (d.golden = Array.from({ length: 1000 }, () => ({ t: 'soon', event: 7 }))))), good: false },
    { name: 'kunci-besar.json', bytes: utf8(probe((d) => (d['k'.repeat(1_000_000)] = 1))), good: false },
    { name: 'proto.json', bytes: utf8(probe().replace(/}$/, ',"weights":{"mistake":{"__proto__":5}}}')), good: false },
    { name: 'rlo.json', bytes: utf8(probe((d) => (d.title.en = '\u202Egnp.exe'))), good: false },
    { name: '\u202Enosj.json', bytes: utf8('{'), good: false },
    { name: 'terlalu-besar.json', bytes: utf8(good.replace(/}$/, `${' '.repeat(2.1 * 1024 * 1024)}}`)), good: false },
  ];
  const sources = bundledFiles();
  for (const s of sources) files.push({ name: s.replace('/', '-'), bytes: utf8(bundledText(s)), good: true });
  const rand = seededRandom(seed);
  for (let i = 0; i < corrupted; i++) {
    const { text, how } = corruptDrillText(bundledText(pick(rand, sources)), rand);
    files.push({ name: `rusak-${i}-${how}.json`, bytes: utf8(text), good: false });
  }
  return files;
}
