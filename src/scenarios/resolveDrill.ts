import type { ScenarioFile } from './schema.ts';
import { parseStateRef, type Drill, type FaultWhen, type Objective } from './types.ts';

function resolveWhen(at: NonNullable<ScenarioFile['faults']>[number]['at']): FaultWhen {
  if ('afterSeconds' in at) return { afterMs: Math.round(at.afterSeconds * 1000) };
  if ('step' in at) return { step: at.step };
  return { event: at.event };
}

function resolveObjective(o: ScenarioFile['objectives'][number]): Objective {
  const label = o.label ? { label: o.label } : {};
  if (o.type === 'reachState') return { type: o.type, target: parseStateRef(o.state), ...label };
  if (o.type === 'goodCycles') return { type: o.type, count: o.count, ...label };
  return { type: o.type, fault: o.fault, withinMs: Math.round(o.withinSeconds * 1000), response: o.response, ...label };
}

/**
 * A checked scenario file as the runtime uses it (seconds → ms, "tag:x" → { tag }). No zod here:
 * `loadScenario` calls it after its checks, `readBundledDrill` on files the tests have checked.
 */
export function resolveDrill(file: string, doc: ScenarioFile, startMs: number): Drill {
  return {
    file,
    id: doc.id,
    machine: doc.machine,
    title: doc.title,
    briefing: doc.briefing,
    mode: doc.mode,
    start: doc.start,
    ...(doc.startState !== undefined ? { startState: parseStateRef(doc.startState) } : {}),
    startMs,
    faults: (doc.faults ?? []).map((f) => ({ fault: f.fault, at: resolveWhen(f.at) })),
    objectives: doc.objectives.map(resolveObjective),
    timeLimitMs: Math.round(doc.timeLimitSeconds * 1000),
    passMark: doc.passMark,
    ...(doc.weights !== undefined ? { weights: doc.weights } : {}),
    golden: doc.golden,
    badRuns: doc.badRuns ?? [],
  };
}
