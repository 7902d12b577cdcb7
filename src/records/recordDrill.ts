import type { MachineModule } from '../engine/machineModule.ts';
import type { SessionRecord } from '../engine/recordFormat.ts';
import { drillFingerprint } from '../scenarios/drillFingerprint.ts';
import { loadScenario } from '../scenarios/loader.ts';
import { problem, quote } from '../scenarios/problems.ts';
import type { Drill } from '../scenarios/types.ts';

/**
 * The drill a record was made in: one of the app's own by id, or else the trainer's file the
 * record carries (`drillFile`), checked exactly as an opened drill file is (its problems named
 * inside the record). A carried file must be the very drill the record names: same id, same
 * machine, same rules' fingerprint.
 */
export function recordDrill(fileName: string, record: SessionRecord, machine: MachineModule, drills: readonly Drill[]): { drill?: Drill; problems: string[] } {
  const id = record.log.scenario;
  if (id === undefined) return record.drillFile ? { problems: [problem(fileName, 'drillFile', 'only a drill record carries a drill file')] } : { problems: [] };
  const bundled = drills.find((d) => d.machine === machine.id && d.id === id);
  if (bundled) return { drill: bundled, problems: [] };
  const carried = record.drillFile;
  if (!carried) return { problems: [problem(fileName, 'log.scenario', `drill ${quote(id)} is not one of this app's drills for ${machine.id}, and the record carries no drill file, so its results cannot be checked`)] };
  const inner = `${fileName} drillFile ${quote(carried.name)}`;
  const loaded = loadScenario(inner, carried.text, [machine]);
  if (!loaded.ok) return { problems: loaded.problems };
  const drill = loaded.drill;
  const problems: string[] = [];
  if (drill.id !== id) problems.push(problem(fileName, 'drillFile', `is drill ${quote(drill.id)}, but the record is of drill ${quote(id)}`));
  if (record.scenarioFingerprint !== undefined && record.scenarioFingerprint !== drillFingerprint(drill)) {
    problems.push(problem(fileName, 'drillFile', `is not the drill this record was made in (its rules differ), so it cannot be replayed as it happened`));
  }
  return problems.length ? { problems } : { drill: { ...drill, source: carried.text }, problems: [] };
}
