import { readFileSync } from 'node:fs';
import { pick, seededRandom } from '../engine/random.ts';
import { corruptDrillText } from './corrupt.ts';
import { probeDoc, type ProbeDoc } from './testDrill.ts';

/**
 * Drill files a trainer might open, good and bad, as bytes (the way the app and the checker both
 * read them): for tests that the app and `npm run scenarios:check` judge each one the same.
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

/** A sole-press golden run of press cycles with the longest press time: few items, many timer steps. */
export function tickHeavyText(): string {
  const doc = JSON.parse(bundledText('sole-press/sol-pertama.json')) as { golden: { t: number; event?: { control: string; value?: string } }[]; [k: string]: unknown };
  // The golden run's set-up: everything up to and including the fast-forward over the warm-up.
  const setupEnd = doc.golden.findIndex((x) => 'skip' in x) + 1;
  const setup = doc.golden.slice(0, setupEnd).map((x) => (x.event?.control === 'pressTime' ? { ...x, event: { ...x.event, value: '99' } } : x));
  const ev = (t: number, type: string, control: string, value?: string) => ({ t, event: value === undefined ? { type, control } : { type, control, value } });
  const items: unknown[] = [...setup];
  for (let t = 80_000; t < 8 * 3600 * 1000 - 200_000; t += 127_000) {
    items.push(ev(t, 'user.set', 'tray', 'in'), ev(t + 7500, 'user.set', 'tray', 'out'), ev(t + 9000, 'user.press', 'laySole'));
    items.push(ev(t + 10_500, 'user.set', 'shoe', 'onPad'), ev(t + 12_000, 'user.release', 'handsZone'), ev(t + 13_500, 'user.press', 'start'), ev(t + 125_000, 'user.set', 'shoe', 'removed'));
  }
  return JSON.stringify({ ...doc, timeLimitSeconds: 8 * 3600, golden: items, badRuns: [] });
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
    { name: 'tidak-mungkin.json', bytes: utf8(probe((d) => (d.objectives = [{ type: 'respondToFault', fault: 'lowOil', withinSeconds: 0.001, response: { state: 'power.off' } }]))), good: false },
    { name: 'golden-gagal.json', bytes: utf8(probe((d) => (d.golden = [{ t: 6000, event: { type: 'user.press', control: 'pumpStop' } }]))), good: false },
    { name: 'bad-run-lulus.json', bytes: utf8(probe((d) => (d.badRuns = [{ events: d.golden, expect: { failed: 'objective' } }]))), good: false },
    {
      name: 'berat-item.json',
      bytes: utf8(probe((d) => (d.badRuns = Array.from({ length: 20 }, () => ({ events: Array.from({ length: 150 }, (_, i) => ({ t: 6000 + i, event: { type: 'user.inspect', control: 'board' } })), expect: { failed: 'objective' } }))))),
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
  const sources = ['clicking-press/oli-kurang.json', 'clicking-press/papan-aus.json', 'sole-press/tekanan-angin-turun.json', 'sole-press/ujian-press-sol.json'];
  for (const s of sources) files.push({ name: s.replace('/', '-'), bytes: utf8(bundledText(s)), good: true });
  const rand = seededRandom(seed);
  for (let i = 0; i < corrupted; i++) {
    const { text, how } = corruptDrillText(bundledText(pick(rand, sources)), rand);
    files.push({ name: `rusak-${i}-${how}.json`, bytes: utf8(text), good: false });
  }
  return files;
}
