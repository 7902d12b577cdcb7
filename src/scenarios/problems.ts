import type { z } from 'zod';
import { clip, showInvisible, untrusted } from '../engine/untrustedText.ts';

/**
 * Problem lines in the one shape every tool prints: `file: path.to.field: what is wrong`.
 * `(file)` stands for the whole file (unreadable, not JSON), `(root)` for the top-level value.
 * Lines are single-line and clipped, because they quote text from files that may be hostile.
 */

const PLAIN_SEGMENT = /^[\w$-]+$/;
const MAX_FILE = 120;
const MAX_SEGMENT = 40;
const MAX_PATH = 200;
const MAX_MESSAGE = 300;

/** Keys come from the file: each is quoted unless it is a short plain name, and clipped. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  const segment = (seg: PropertyKey) => {
    const text = String(seg);
    if (typeof seg === 'number' || (PLAIN_SEGMENT.test(text) && text.length <= MAX_SEGMENT)) return text;
    return JSON.stringify(untrusted(text, MAX_SEGMENT));
  };
  return path.map(segment).join('.');
}

export { clip };

/**
 * Every part may quote the file (its name from a trainer's disk, keys, values): invisible and
 * direction-changing characters are shown as `<U+XXXX>` and each part is clipped.
 */
export function problem(file: string, path: string | readonly PropertyKey[], message: string): string {
  const where = typeof path === 'string' ? path : formatPath(path);
  return `${untrusted(file, MAX_FILE)}: ${untrusted(where, MAX_PATH)}: ${untrusted(message.replace(/\s+/g, ' ').trim(), MAX_MESSAGE)}`;
}

/** A value from the file, quoted for a message (clipped, so a huge string cannot flood the output). */
export const quote = (value: unknown): string => JSON.stringify(clip(showInvisible(String(value)), 60));

type Issue = z.core.$ZodIssue;

/**
 * Zod reports a failed union as one vague issue holding every branch's issues. Authors need the
 * branch they meant: take the one with the fewest issues (the first on a tie), recursively.
 */
function leaves(issue: Issue, base: readonly PropertyKey[]): { path: PropertyKey[]; message: string }[] {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((i) => leaves(i, path));
  }
  // One line per unknown field, at the field itself: that is where the author has to look.
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field (not part of the drill format)' }));
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return [{ path, message: `missing (expected ${issue.expected})` }];
  return [{ path, message: issue.message }];
}

/** Enough to fix a file; a hostile file with thousands of bad items must not flood the screen. */
export const MAX_PROBLEMS = 100;

export function capProblems(file: string, problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  return [...problems.slice(0, MAX_PROBLEMS), problem(file, '(file)', `${problems.length - MAX_PROBLEMS} more problems not shown`)];
}

/** Every schema problem (not capped: the caller caps once all stages are done). */
export function schemaProblems(file: string, issues: readonly Issue[]): string[] {
  const lines = issues.flatMap((i) => leaves(i, [])).map((l) => problem(file, l.path, l.message));
  return [...new Set(lines)];
}
