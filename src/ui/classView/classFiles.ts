import type { MachineModule } from '../../engine/machineModule.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import type { Attempt, Learner } from '../../records/attempt.ts';
import { bundleFileName, makeBundle } from '../../records/bundle/bundleFormat.ts';
import { attemptsCsv } from '../../records/export/csv.ts';
import { attemptStatements } from '../../records/export/xapi.ts';
import type { Drill } from '../../scenarios/types.ts';

/** The files the class view offers for download: name, text and type (pure; the view downloads them). */
export interface ClassFile {
  readonly name: string;
  readonly text: string;
  readonly type: string;
}

const stamp = (d: Date) => bundleFileName('x', d).replace(/^gladi-kelas-x-/, '').replace(/\.json$/, '');

export function bundleFile(deviceId: string, now: Date, learners: readonly Learner[], attempts: readonly Attempt[]): ClassFile {
  return { name: bundleFileName(deviceId, now), text: JSON.stringify(makeBundle(deviceId, now.toISOString(), learners, attempts)), type: 'application/json' };
}

export function csvFile(now: Date, learners: readonly Learner[], attempts: readonly Attempt[], machines: readonly MachineModule[]): ClassFile {
  return { name: `gladi-percobaan-${stamp(now)}.csv`, text: attemptsCsv(learners, attempts, machines), type: 'text/csv;charset=utf-8' };
}

/** Statements of every finished attempt (a running or abandoned one has no result to state yet). */
export function xapiFile(now: Date, attempts: readonly Attempt[], machines: readonly MachineModule[], drills: readonly Drill[], lang: Lang): ClassFile {
  const known = new Set(machines.map((m) => m.id));
  const statements = attempts.filter((a) => a.status === 'finished' && known.has(a.machineId)).flatMap((a) => attemptStatements(a, { machines, drills, lang }));
  return { name: `gladi-xapi-${stamp(now)}.json`, text: JSON.stringify(statements, null, 2), type: 'application/json' };
}
