import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machineReference, referenceFile } from '../../src/scenarios/reference.ts';
import { loadMachineModules } from '../machineModules.ts';

/** `npm run scenarios:reference`: rewrites every machine's scenarios/<id>/REFERENCE.md from its module. */
const repo = fileURLToPath(new URL('../../', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const m of await loadMachineModules()) {
    const file = referenceFile(m.id);
    writeFileSync(`${repo}${file}`, machineReference(m));
    console.log(`updated ${file}`);
  }
}
