import type { MachineModule } from '../engine/machineModule.ts';
import { fileTooLarge, MAX_FILE_BYTES } from './checkLimits.ts';
import { decodeText } from './decodeText.ts';
import { loadScenario, refused, type Refused } from './loader.ts';
import { problem } from './problems.ts';
import type { Drill } from './types.ts';
import { verifyRuns } from './verifyRuns.ts';

export type DrillCheck = { readonly ok: true; readonly drill: Drill } | Refused;

/**
 * The one check a drill file must pass before it can start, in the app (a trainer's own file) and
 * in `npm run scenarios:check` alike, with the same problem lines: decode the bytes, parse, shape,
 * names against the machine, the start simulated (`loadScenario`), then the golden run must pass
 * and every bad run fail as stated (`verifyRuns`, with bounded work). Never throws.
 */
export function checkDrillFile(fileName: string, content: Uint8Array | string, machines: readonly MachineModule[]): DrillCheck {
  if (typeof content !== 'string' && content.length > MAX_FILE_BYTES) return refused(fileName, [fileTooLarge(fileName, content.length)]);
  const decoded = typeof content === 'string' ? { ok: true as const, text: content } : decodeText(content);
  if (!decoded.ok) return refused(fileName, [problem(fileName, '(file)', decoded.message)]);
  const loaded = loadScenario(fileName, decoded.text, machines);
  if (!loaded.ok) return loaded;
  const module = machines.find((m) => m.id === loaded.drill.machine);
  try {
    const problems = module ? verifyRuns(module, loaded.drill) : [problem(fileName, 'machine', 'unknown machine')];
    return problems.length ? refused(fileName, problems) : { ok: true, drill: { ...loaded.drill, source: decoded.text } };
  } catch (e) {
    return refused(fileName, [problem(fileName, '(file)', `could not be checked (${(e as Error)?.message ?? String(e)})`)]);
  }
}
