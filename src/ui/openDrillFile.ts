import type { DrillCheck } from '../scenarios/checkDrill.ts';
import { fileTooLarge, MAX_FILE_BYTES } from '../scenarios/checkLimits.ts';
import { problem } from '../scenarios/problems.ts';
import { refused } from '../scenarios/refused.ts';

/**
 * Runs the check here; a pause first lets the page paint "checking…" before the work starts. A
 * file may name any machine, so every machine loads for it (only when a trainer opens a file).
 */
async function checkHere(name: string, bytes: Uint8Array): Promise<DrillCheck> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The check (and zod, without eval under the CSP) loads only now: the machine screen has no zod.
  await import('../engine/zodWithoutEval.ts');
  const [{ machineModules }, { checkDrillFile }] = await Promise.all([import('../machines/index.ts'), import('../scenarios/checkDrill.ts')]);
  return checkDrillFile(name, bytes, machineModules);
}

function checkInWorker(name: string, bytes: Uint8Array): Promise<DrillCheck> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./drillFileCheck.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(checkHere(name, bytes));
      return;
    }
    worker.onmessage = (e: MessageEvent<DrillCheck>) => {
      worker.terminate();
      resolve(e.data);
    };
    // The worker script could not load (an old browser, a stale cache): the same check, here.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(checkHere(name, bytes));
    };
    worker.postMessage({ name, bytes });
  });
}

/**
 * A trainer's own drill file, checked exactly as `npm run scenarios:check` checks it (the same
 * `checkDrillFile`, the same problem lines), in a Web Worker where there is one so the page
 * stays responsive. The bytes are decoded by the check itself (byte-order marks, UTF-16), not by
 * `file.text()`. A file too large to be a drill is refused before it is read.
 */
export async function openDrillFile(file: File): Promise<DrillCheck> {
  if (file.size > MAX_FILE_BYTES) return refused(file.name, [fileTooLarge(file.name, file.size)]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    // The file was moved or deleted after it was picked, or a permission was withdrawn.
    return refused(file.name, [problem(file.name, '(file)', `cannot be read (${(e as Error)?.name ?? String(e)})`)]);
  }
  return typeof Worker === 'undefined' ? checkHere(file.name, bytes) : checkInWorker(file.name, bytes);
}
