import { pick } from '../../src/engine/random.ts';

/**
 * Damages a good drill file for the fuzz test. Each corruption is one "primary" damage that
 * certainly makes the file invalid (so the loader must report at least one problem) on top of
 * zero to two "noise" changes that may or may not (shuffled lists, dropped or doubled items,
 * odd unicode in free text). Pure and driven by the given random source, so a failure is
 * reproducible from its seed and case number.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type Rand = () => number;

/** Optional fields: deleting them may leave the file valid, so they are never the primary damage. */
const OPTIONAL = new Set(['$schema', 'startState', 'faults', 'weights', 'badRuns', 'history', 'label', 'note', 'mistake', 'severity', 'critical', 'major', 'minor']);
/** String fields whose value names something in the machine or the file layout. */
const IDENTIFIERS = new Set(['control', 'fault', 'step', 'state', 'tag', 'value', 'mistake']);
const ENUM_KEYS = new Set(['mode', 'type', 'failed']);
const WRONG_ENUMS = ['Guided', 'exam ', 'user.pres', 'reach', '', 'ujian', 'timeout!', 'USER.SET', 'respondtofault'];
const BAD_NUMBERS = [-1, -0.5, 1e9, 2 ** 53, 1e308, -1e308];
const ODD_TEXT = ['ñ☃𝄞', '\u202eevil', 'ا لعربية', '\u0000', '\ud800', '🙂'.repeat(5), '<script>alert(1)</script>', 'a'.repeat(3000)];

function nodes(v: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = { path, value: v };
  if (Array.isArray(v)) return [here, ...v.flatMap((x, i) => nodes(x, [...path, i]))];
  if (v && typeof v === 'object') return [here, ...Object.entries(v).flatMap(([k, x]) => nodes(x, [...path, k]))];
  return [here];
}

function parentOf(root: Json, path: Path): Json {
  return path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k] as Json, root);
}

function setAt(root: Json, path: Path, value: Json | undefined): void {
  const parent = parentOf(root, path) as Record<string | number, Json>;
  const key = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

const kindOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const last = (p: Path) => p[p.length - 1];
const underAtEvent = (p: Path) => p.length >= 3 && p[p.length - 2] === 'event' && p[p.length - 3] === 'at';
const inWeightsRecord = (p: Path) => p.includes('weights') && p.includes('mistake');

/** Primary damages on the parsed file: each leaves it certainly invalid. */
const PRIMARY: Record<string, (doc: Json, rand: Rand) => void> = {
  deleteRequired(doc, rand) {
    const keys = nodes(doc).filter(({ path }) => typeof last(path) === 'string' && !OPTIONAL.has(last(path) as string) && !(last(path) === 'value' && underAtEvent(path)) && !inWeightsRecord(path));
    setAt(doc, pick(rand, keys).path, undefined);
  },
  retype(doc, rand) {
    const target = pick(rand, nodes(doc).filter(({ path }) => path.length > 0));
    const options: Json[] = [0, 'x', true, null, [], {}];
    setAt(doc, target.path, pick(rand, options.filter((o) => kindOf(o) !== kindOf(target.value))));
  },
  wrongEnum(doc, rand) {
    const targets = nodes(doc).filter(({ path, value }) => typeof value === 'string' && ENUM_KEYS.has(String(last(path))));
    setAt(doc, pick(rand, targets).path, pick(rand, WRONG_ENUMS));
  },
  hugeNumber(doc, rand) {
    const targets = nodes(doc).filter(({ value }) => typeof value === 'number');
    setAt(doc, pick(rand, targets).path, pick(rand, BAD_NUMBERS));
  },
  oddIdentifier(doc, rand) {
    const targets = nodes(doc).filter(({ path, value }) => typeof value === 'string' && (IDENTIFIERS.has(String(last(path))) || (path.length === 1 && (path[0] === 'id' || path[0] === 'machine'))));
    const t = pick(rand, targets);
    setAt(doc, t.path, `${t.value as string}${pick(rand, ODD_TEXT)}`);
  },
  invisibleText(doc, rand) {
    // Text shown to trainees (title, briefing, labels) with a character no one can see.
    const texts = nodes(doc).filter(({ path, value }) => typeof value === 'string' && (last(path) === 'id' || last(path) === 'en') && path.length > 1);
    const t = pick(rand, texts);
    const at = Math.floor(rand() * ((t.value as string).length + 1));
    setAt(doc, t.path, `${(t.value as string).slice(0, at)}${pick(rand, ['\u202E', '\u200B', '\u2066', '\u0007', '\uFEFF'])}${(t.value as string).slice(at)}`);
  },
  protoKey(doc, rand) {
    // JSON.parse makes an own "__proto__" property; defineProperty makes one here too (plain assignment would not).
    const d = doc as Record<string, Json>;
    const weights = (d.weights && typeof d.weights === 'object' && !Array.isArray(d.weights) ? d.weights : (d.weights = {})) as Record<string, Json>;
    const mistake = (weights.mistake && typeof weights.mistake === 'object' && !Array.isArray(weights.mistake) ? weights.mistake : (weights.mistake = {})) as Record<string, Json>;
    Object.defineProperty(mistake, '__proto__', { value: pick(rand, [5, 0, { polluted: 1 }]), enumerable: true, writable: true, configurable: true });
  },
  unknownField(doc, rand) {
    const objects = nodes(doc).filter(({ value }) => kindOf(value) === 'object');
    const o = pick(rand, objects).value as Record<string, Json>;
    o[pick(rand, ['zzz', 'Title', 'fault ', 'ñ☃', 'start2', '__proto__x'])] = pick(rand, [1, 'x', null, [], {}]);
  },
};

/** Noise on the parsed file: may or may not make it invalid. */
const NOISE: ((doc: Json, rand: Rand) => void)[] = [
  (doc, rand) => {
    const arrays = nodes(doc).filter(({ value }) => Array.isArray(value) && value.length > 1);
    if (arrays.length) (pick(rand, arrays).value as Json[]).sort(() => rand() - 0.5);
  },
  (doc, rand) => {
    const arrays = nodes(doc).filter(({ value }) => Array.isArray(value) && value.length > 0);
    if (arrays.length) (pick(rand, arrays).value as Json[]).splice(Math.floor(rand() * 3), 1);
  },
  (doc, rand) => {
    const arrays = nodes(doc).filter(({ value }) => Array.isArray(value) && value.length > 0);
    if (!arrays.length) return;
    const a = pick(rand, arrays).value as Json[];
    a.push(JSON.parse(JSON.stringify(pick(rand, a))) as Json);
  },
  (doc, rand) => {
    const texts = nodes(doc).filter(({ path, value }) => typeof value === 'string' && (last(path) === 'id' || last(path) === 'en') && path.length > 1);
    if (texts.length) setAt(doc, pick(rand, texts).path, pick(rand, ODD_TEXT));
  },
];

/** Primary damages on the text: cut it short, break a structural character, or an infinite number. */
const TEXT_PRIMARY: Record<string, (text: string, rand: Rand) => string> = {
  truncate: (text, rand) => text.slice(0, Math.floor(rand() * text.lastIndexOf('}'))),
  breakStructure(text, rand) {
    // Structural characters outside strings; replacing one with any other character breaks the JSON.
    const spots: number[] = [];
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"' && text[i - 1] !== '\\') inString = !inString;
      else if (!inString && c !== undefined && '{}[]:,'.includes(c)) spots.push(i);
    }
    const at = pick(rand, spots);
    let byte = String.fromCharCode(Math.floor(rand() * 256));
    if (byte === text[at] || /\s/.test(byte)) byte = '\u0001';
    return text.slice(0, at) + byte + text.slice(at + 1);
  },
  infiniteNumber: (text) => text.replace(/"passMark": \d+/, '"passMark": 1e999'),
};

export function corruptDrillText(text: string, rand: Rand): { text: string; how: string } {
  const doc = JSON.parse(text) as Json;
  const noise = Math.floor(rand() * 3);
  for (let i = 0; i < noise; i++) pick(rand, NOISE)(doc, rand);
  const names = [...Object.keys(PRIMARY), ...Object.keys(TEXT_PRIMARY)];
  const how = pick(rand, names);
  const primary = PRIMARY[how];
  if (primary) {
    primary(doc, rand);
    return { text: JSON.stringify(doc, null, rand() < 0.5 ? 2 : 0), how };
  }
  return { text: TEXT_PRIMARY[how]!(JSON.stringify(doc, null, 2), rand), how };
}
