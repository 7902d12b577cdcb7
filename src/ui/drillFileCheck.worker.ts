import { machineModules } from '../machines/index.ts';
import { checkDrillFile } from '../scenarios/checkDrill.ts';

/** Checks a trainer's drill file off the main thread: playing its runs can take a moment on a tablet. */
self.onmessage = (e: MessageEvent<{ name: string; bytes: Uint8Array }>) => {
  self.postMessage(checkDrillFile(e.data.name, e.data.bytes, machineModules));
};
