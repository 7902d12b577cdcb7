import type { MachineModule } from '../engine/machineModule.ts';
import { loadScenario } from './loader.ts';

/**
 * What the app no longer checks when a machine opens, checked by the tests instead: every bundled
 * file through `loadScenario` with only its own folder's machine (as the app once did: JSON,
 * shape, names, file and folder names, the start simulated), and every drill folder has a
 * machine. Empty when all is well. The golden and bad runs are played by `bundled.test.ts`.
 */
export function bundledDrillProblems(files: readonly (readonly [string, string])[], machines: readonly MachineModule[]): string[] {
  const problems: string[] = [];
  for (const [path, text] of files) {
    const folder = path.split('/')[1];
    const module = machines.find((m) => m.id === folder);
    if (!module) {
      problems.push(`${path}: no machine folder src/machines/${folder}/ for these drills`);
      continue;
    }
    const loaded = loadScenario(path, text, [module]);
    if (!loaded.ok) problems.push(...loaded.problems);
  }
  return problems;
}
