import type { MachineModule } from '../../engine/machineModule.ts';
import { ENGINE_MISTAKES, type Severity } from '../../engine/mistakes.ts';
import type { RecordedMistake } from '../../engine/recordResults.ts';

export type SeverityCounts = Readonly<Record<Severity, number>>;

/**
 * How many critical, major and minor mistakes a record's results hold. A record stores only each
 * mistake's id: its severity is the machine's spec (or the engine's shared ones), as the live
 * session graded it. An id no spec knows (a record made before a mistake was removed) counts nowhere.
 */
export function severityCounts(machine: MachineModule | undefined, mistakes: readonly RecordedMistake[]): SeverityCounts {
  const specs = new Map<string, Severity>([...Object.values(ENGINE_MISTAKES), ...(machine?.mistakes.specs ?? [])].map((m) => [m.id, m.severity]));
  const counts = { critical: 0, major: 0, minor: 0 };
  for (const m of mistakes) {
    const severity = specs.get(m.id);
    if (severity) counts[severity]++;
  }
  return counts;
}
