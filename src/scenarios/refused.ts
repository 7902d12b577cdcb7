import { capProblems } from './problems.ts';

/** Refused: the problem lines (at most `MAX_PROBLEMS` and a "N more problems not shown" line) and how many there are in all. */
export type Refused = { readonly ok: false; readonly problems: string[]; readonly total: number };

/** A refusal from every problem found: the lines capped, the count kept (no zod: the app's screens use it too). */
export const refused = (file: string, problems: readonly string[]): Refused => ({ ok: false, problems: capProblems(file, problems), total: problems.length });
