import type { Lang } from '../../i18n/catalogue.ts';
import type { MachineModule } from '../../engine/machineModule.ts';
import { realDurationMs } from '../../engine/recordResults.ts';
import type { LogEntry } from '../../engine/session.ts';
import type { Drill } from '../../scenarios/types.ts';
import type { Attempt } from '../attempt.ts';
import { severityCounts } from './severityCounts.ts';
import { statementId } from './statementId.ts';
import { stepTimes } from './stepTimes.ts';
import { ACTIVITY_TYPES, activityIri, deviceIri, EXTENSIONS, LANGUAGE_TAGS, PROFILE_IRI, VERBS } from './xapiProfile.ts';
import type { LanguageMap, XapiActivity, XapiResult, XapiStatement } from './xapiTypes.ts';

export type { XapiStatement } from './xapiTypes.ts';

export interface XapiOptions {
  readonly machines: readonly MachineModule[];
  readonly drills: readonly Drill[];
  /** The app language the export is made in (the `locale` extension and `context.language`). */
  readonly lang: Lang;
}

const PLATFORM = 'Gladi';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const FULL_SCORE = 100;

/** `PT1H2M5.25S`: centisecond precision, always hours, minutes and seconds (any LRS reads it). */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h}H${m}M${s}S`;
}

/** Text in both app languages from a machine's catalogue, or none when it has no such key. */
function names(machine: MachineModule, key: string): LanguageMap | undefined {
  const id = machine.messages.id[key];
  const en = machine.messages.en[key];
  if (id === undefined && en === undefined) return undefined;
  return { ...(id !== undefined ? { [LANGUAGE_TAGS.id]: id } : {}), ...(en !== undefined ? { [LANGUAGE_TAGS.en]: en } : {}) };
}

const activity = (id: string, type: string, name?: LanguageMap): XapiActivity => ({ objectType: 'Activity', id, definition: { type, ...(name ? { name } : {}) } });

/**
 * The statements of one attempt, in time order (docs/xapi-profile.md): `attempted` the drill (or
 * the machine, for practice); `interacted` with each fault injected; `completed` each procedure
 * step the learner finished; and, once there is a verdict, `passed`, `failed` or `completed` with
 * the result. Everything is derived from the attempt alone (ids included), so sending it twice
 * gives the same statements. Steps come from replaying the log (it was checked on entry).
 */
export function attemptStatements(attempt: Attempt, options: XapiOptions): XapiStatement[] {
  const { log, results } = attempt.record;
  const machine = options.machines.find((m) => m.id === attempt.machineId);
  if (!machine) throw new Error(`attempt ${attempt.id}: unknown machine "${attempt.machineId}"`);
  const drill = log.scenario === undefined ? undefined : options.drills.find((d) => d.machine === machine.id && d.id === log.scenario);
  const machineActivity = activity(activityIri.machine(machine.id), ACTIVITY_TYPES.machine);
  const drillActivity = drill ? activity(activityIri.drill(machine.id, drill.id), ACTIVITY_TYPES.drill, { [LANGUAGE_TAGS.id]: drill.title.id, [LANGUAGE_TAGS.en]: drill.title.en }) : undefined;
  const main = drillActivity ?? machineActivity;
  const wallTime = wallClock(attempt.startedAt, log.entries);

  const statement = (key: string, verb: keyof typeof VERBS, object: XapiActivity, t: number, extra: { result?: XapiResult; extensions?: Record<string, unknown> } = {}): XapiStatement => ({
    id: statementId(attempt.id, key),
    actor: { objectType: 'Agent', ...(attempt.record.trainee.trim() ? { name: attempt.record.trainee } : {}), account: { homePage: deviceIri(attempt.deviceId), name: attempt.learnerId } },
    verb: VERBS[verb],
    object,
    ...(extra.result ? { result: extra.result } : {}),
    context: {
      ...(UUID.test(attempt.id) ? { registration: attempt.id.toLowerCase() } : {}),
      platform: PLATFORM,
      language: LANGUAGE_TAGS[options.lang],
      contextActivities: {
        ...(object.id !== main.id ? { parent: [main] } : {}),
        ...(drillActivity ? { grouping: [machineActivity] } : {}),
        category: [{ id: PROFILE_IRI }],
      },
      extensions: {
        [EXTENSIONS.mode]: log.mode,
        [EXTENSIONS.locale]: LANGUAGE_TAGS[options.lang],
        [EXTENSIONS.chartVersion]: log.machineVersion,
        ...(log.scenario !== undefined ? { [EXTENSIONS.drillId]: log.scenario } : {}),
        ...extra.extensions,
      },
    },
    timestamp: wallTime(t),
  });

  const timed: { t: number; order: number; s: XapiStatement }[] = [];
  const add = (t: number, s: XapiStatement) => timed.push({ t, order: timed.length, s });
  add(0, statement('attempted', 'attempted', main, 0));
  log.entries.forEach((e, i) => {
    if (e.kind !== 'event' || e.event.type !== 'fault.inject' || !e.accepted) return;
    const fault = activity(activityIri.fault(machine.id, e.event.fault), ACTIVITY_TYPES.fault, names(machine, `fault.${e.event.fault}`));
    add(e.t, statement(`fault:${i}`, 'interacted', fault, e.t, { extensions: { [EXTENSIONS.injectedBy]: e.by } }));
  });
  // A drill the app no longer has cannot be replayed as it ran: its steps are left out.
  const steps = log.scenario !== undefined && !drill ? [] : stepTimes(machine, log, drill);
  for (const { step, t } of steps) {
    add(t, statement(`step:${step}`, 'completed', activity(activityIri.step(machine.id, step), ACTIVITY_TYPES.step, names(machine, `step.${step}`)), t, { result: { completion: true } }));
  }
  const verb = results ? closingVerb(results.verdict.status) : null;
  if (results && verb) {
    const counts = severityCounts(machine, results.mistakes);
    const result: XapiResult = {
      score: { scaled: results.score / FULL_SCORE, raw: results.score, min: 0, max: FULL_SCORE },
      ...(verb === 'completed' ? {} : { success: verb === 'passed' }),
      completion: verb === 'failed' ? steps.length === machine.procedure.steps.length : true,
      duration: isoDuration(realDurationMs(log.entries, log.endT)),
      extensions: { [EXTENSIONS.mistakes]: counts },
    };
    add(log.endT, statement('verdict', verb, main, log.endT, { result }));
  }
  return timed.sort((a, b) => a.t - b.t || a.order - b.order).map((x) => x.s);
}

/** An attempt with a verdict closes with it; one still running or not finished says only what happened. */
function closingVerb(status: string): 'passed' | 'failed' | 'completed' | null {
  if (status === 'passed') return 'passed';
  if (status === 'failed') return 'failed';
  return status === 'practiceDone' ? 'completed' : null;
}

/** Session time → wall-clock ISO time: the start plus the session time plus the pauses before it. */
function wallClock(startedAt: string, entries: readonly LogEntry[]): (t: number) => string {
  const start = Date.parse(startedAt);
  return (t) => {
    const paused = entries.reduce((sum, e) => sum + (e.kind === 'resume' && e.t <= t ? e.pausedMs : 0), 0);
    return new Date(start + t + paused).toISOString();
  };
}
