import { loadMachine } from '../../machines/registry.ts';
import { machineView } from '../../scene/machineViews.ts';
import { machineDrillTexts } from '../../scenarios/drillTexts.ts';
import { modelFileUrl } from '../../engine/modelFile.ts';
import { modelFetchUrl, modelIdleTimeoutMs, prefetchModel } from '../../scene/modelDownloads.ts';

/**
 * Starts every download a machine screen needs, at once: the machine screen's code, the machine's
 * chart, texts and drills, the 3D stage, the machine's 3D view and its model. Left alone, each would
 * start only when the one before has arrived and run (route, then stage, then model): on a slow
 * link that chain is most of the wait. The screen's own loaders then find these under way (the
 * browser keeps one module per URL; the model's bytes go into the loader's cache), so nothing is
 * downloaded twice. Failures are left to those loaders, which report them and retry.
 */
const warmed = new Set<string>();

export function warmMachine(id: string): void {
  // Once per machine and page: everything below is cached by its own loader anyway.
  if (warmed.has(id)) return;
  warmed.add(id);
  const ignore = () => {};
  import('../../ui/MachineRoute.tsx').catch(ignore);
  import('../../scene/MachineStage.tsx').catch(ignore);
  loadMachine(id).catch(ignore);
  machineDrillTexts(id).catch(ignore);
  machineView(id).catch(ignore);
  // Every machine's model is at defineMachine's default (tests/contract/module.test.ts holds it).
  prefetchModel(modelFetchUrl(modelFileUrl(id)), modelIdleTimeoutMs(window.location.search)).catch(ignore);
}
