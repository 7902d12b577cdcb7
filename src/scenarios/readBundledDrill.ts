import type { MachineModule } from '../engine/machineModule.ts';
import { resolveDrill } from './resolveDrill.ts';
import type { ScenarioFile } from './schema.ts';
import { simulateStart } from './simulateStart.ts';
import type { Drill } from './types.ts';

/**
 * A drill file shipped with the app, read without checking it again: `bundled.test.ts` puts every
 * bundled file through `loadScenario` (the check a trainer's own file gets) and requires this to
 * give the very same drill. So opening a machine costs a JSON.parse per drill, not a zod parse
 * and a simulated start each (≈200 ms on a tablet), and the machine screen needs no zod.
 *
 * Only a start with fast-forwards moves the clock; its `startMs` is found by simulating the start
 * the first time it is read (when that drill is run or judged), once.
 */
export function readBundledDrill(file: string, text: string, module: MachineModule): Drill {
  const doc = JSON.parse(text) as ScenarioFile;
  const drill = resolveDrill(file, doc, 0);
  if (!doc.start.some((item) => 'skip' in item)) return drill;
  let startMs: number | undefined;
  return Object.defineProperty({ ...drill }, 'startMs', {
    enumerable: true,
    get: () => (startMs ??= simulateStart(file, doc, module).startMs),
  });
}
