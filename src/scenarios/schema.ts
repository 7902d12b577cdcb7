import '../engine/zodWithoutEval.ts'; // before any schema is used: no eval under the CSP
import { z } from 'zod';
import { showInvisible } from '../engine/untrustedText.ts';

/**
 * The scenario (drill) file format: `scenarios/<machine-id>/<drill-id>.json`. This schema checks
 * the shape only; `loadScenario` then checks every name against the machine and simulates the
 * start. Every number has an upper bound and every list a length cap, so a damaged or hostile
 * file cannot make the loader or a drill run for ever. No transforms here: the same schema is
 * exported as JSON Schema for editors (`npm run scenarios:schema`).
 */

/** Longest a drill may last, s (a whole shift). */
export const MAX_SECONDS = 8 * 3600;
const MAX_MS = MAX_SECONDS * 1000;
/** Lists longer than this are certainly a mistake (or an attack), not a drill. */
const MAX_ITEMS = 2000;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebab = (what: string) =>
  z.string().max(60).regex(KEBAB, `${what} must be kebab-case: a-z, 0-9 and single dashes, like "oli-kurang"`);
const name = z.string().min(1).max(80);
/**
 * Text shown to trainees is refused if it holds characters no one can see: a right-to-left
 * override makes "\u202Egnp.exe" read as "exe.png", a zero-width space makes two titles differ.
 * The message shows the first one as <U+XXXX> (the same marks `showInvisible` uses everywhere).
 */
const visibleOnly = (s: z.ZodString) =>
  s.refine((v) => showInvisible(v) === v, {
    error: (issue) => {
      const mark = /<U\+[0-9A-F]{4}>/.exec(showInvisible(String(issue.input)))?.[0] ?? '';
      return `contains an invisible or direction-changing character (${mark}): remove it (line breaks and tabs are fine)`;
    },
  });
const text = (max: number) => visibleOnly(z.string().max(max).regex(/\S/, 'must not be empty'));
const localText = (max: number) =>
  z.object({ id: text(max).describe('Bahasa Indonesia'), en: text(max).describe('English') }).strict();

const controlEvent = <T extends string>(type: T) => z.object({ type: z.literal(type), control: name }).strict();
/** Exactly the operator events of `GladiEvent`. */
export const eventSchema = z
  .discriminatedUnion('type', [
    controlEvent('user.press'),
    controlEvent('user.release'),
    z.object({ type: z.literal('user.set'), control: name, value: z.string().max(80) }).strict(),
    controlEvent('user.inspect'),
    z.object({ type: z.literal('fault.inject'), fault: name }).strict(),
    z
      .object({ type: z.literal('user.adjust'), control: name, value: z.number().min(-1e9).max(1e9).describe("A value in the control's range, on its step") })
      .strict()
      .describe('A continuous control (treadle, knob, the hand on the work) moved to a value'),
  ])
  .meta({ id: 'GladiEvent', description: 'An event exactly as the machine receives it, e.g. {"type":"user.set","control":"mainSwitch","value":"on"} or {"type":"user.adjust","control":"treadle","value":0.4}' });

const skip = z.literal(true).describe('Fast-forward to the next pending timer (warm-up, pressure build…)');
const ms = z.number().min(0).max(MAX_MS);
const stateText = z.string().min(1).max(200).describe('A dotted state path like "power.powered.lowOil", or "tag:<tag>"');

const runItem = z
  .union([
    z.object({ t: ms.describe('ms after the drill started'), skip }).strict(),
    z.object({ t: ms.describe('ms after the drill started'), event: eventSchema }).strict(),
  ])
  .meta({ id: 'RunItem', description: 'One timed trainee action: an event, or a fast-forward' });

const faultEntry = z
  .object({
    fault: name.describe('A fault id of the machine'),
    at: z.union([
      z.object({ afterSeconds: z.number().min(0).max(MAX_SECONDS).describe('Seconds after the drill started') }).strict(),
      z.object({ step: name.describe('When this procedure step becomes done') }).strict(),
      z
        .object({
          event: z
            .object({
              type: z.enum(['user.press', 'user.release', 'user.set', 'user.inspect']),
              control: name,
              value: z.string().max(80).optional(),
            })
            .strict()
            .describe('When the trainee sends a matching event that the machine accepts'),
        })
        .strict(),
    ]),
  })
  .strict();

const label = localText(200).optional().describe('How the objective is shown to the trainee (optional)');
const objective = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reachState'), state: stateText, label }).strict(),
  z.object({ type: z.literal('goodCycles'), count: z.number().int().min(1).max(1000), label }).strict(),
  z
    .object({
      type: z.literal('respondToFault'),
      fault: name,
      withinSeconds: z.number().positive().max(MAX_SECONDS),
      response: z.union([
        z.object({ state: stateText }).strict(),
        z.object({ tag: z.string().min(1).max(80) }).strict(),
      ]),
      label,
    })
    .strict(),
]);

const points = z.number().min(0).max(100);
const weights = z
  .object({
    severity: z.object({ critical: points.optional(), major: points.optional(), minor: points.optional() }).strict().optional(),
    mistake: z.record(z.string().max(80), points).optional(),
  })
  .strict()
  .describe('Points lost per mistake, by severity or by mistake id');

const badRun = z
  .object({
    note: visibleOnly(z.string().max(500)).optional(),
    events: z.array(runItem).max(MAX_ITEMS),
    expect: z
      .object({
        failed: z.enum(['critical', 'timeout', 'objective', 'score']),
        mistake: name.optional().describe('A mistake id this run must record'),
      })
      .strict(),
  })
  .strict();

/** Authors' change log: what changed and when (a re-recorded run, a new step), newest last. Data only. */
const historyEntry = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
    change: visibleOnly(z.string().min(1).max(500)),
  })
  .strict();

export const scenarioFileSchema = z
  .object({
    $schema: z.string().max(200).optional(),
    id: kebab('id').describe('Equals the file name without .json'),
    machine: kebab('machine').describe('Machine id; equals the folder name'),
    title: localText(120),
    briefing: localText(2000),
    mode: z.enum(['guided', 'free', 'exam']),
    start: z.array(z.union([z.object({ skip }).strict(), eventSchema])).max(MAX_ITEMS).describe('Events applied before the trainee takes over'),
    startState: stateText.optional().describe('Where the start must leave the machine'),
    faults: z.array(faultEntry).max(50).optional(),
    objectives: z.array(objective).min(1).max(20),
    timeLimitSeconds: z.number().positive().max(MAX_SECONDS),
    passMark: z.number().min(0).max(100),
    weights: weights.optional(),
    golden: z.array(runItem).min(1).max(MAX_ITEMS).describe("A good trainee's run: it must pass"),
    badRuns: z.array(badRun).max(20).optional(),
    history: z.array(historyEntry).max(100).optional().describe('What changed in this drill and when, newest last (for authors; the app does not show it)'),
  })
  .strict();

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
