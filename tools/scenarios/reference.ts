import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadMachineModules } from '../machineModules.ts';
import { withReference } from '../../src/scenarios/reference.ts';

/** `npm run scenarios:reference`: rewrites the per-machine name lists in scenarios/README.md. */
export const README_FILE = fileURLToPath(new URL('../../scenarios/README.md', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README_FILE, withReference(readFileSync(README_FILE, 'utf8'), await loadMachineModules()));
  console.log(`updated ${README_FILE}`);
}
