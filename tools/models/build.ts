/**
 * `npm run models`: regenerate every machine folder's model into public/models/<id>.glb and report validator
 * results and triangle counts. Generated files are never hand-edited: change the code, rerun.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countTriangles, readGlbJson } from './lib/glb.ts';
import { describeIssues, validateGlb } from './lib/validate.ts';
import { MODELS, renderModel } from './models.ts';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'models');

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  let failed = false;
  for (const id of MODELS) {
    const bytes = await renderModel(id);
    const file = join(outDir, `${id}.glb`);
    writeFileSync(file, bytes);
    const report = await validateGlb(bytes, `${id}.glb`);
    const { numErrors, numWarnings, numInfos, numHints } = report.issues;
    const json = readGlbJson(bytes);
    console.log(
      `${id}.glb: ${(bytes.length / 1024).toFixed(1)} KiB, ${countTriangles(json)} triangles, ${json.nodes?.length ?? 0} nodes, ` +
        `${json.materials?.length ?? 0} materials; validator: ${numErrors} errors, ${numWarnings} warnings, ${numInfos} infos, ${numHints} hints`,
    );
    if (report.issues.messages.length > 0) console.log(describeIssues(report));
    if (numErrors > 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}

await main();
