/**
 * `npm run models`: regenerate every machine folder's model into public/models/<id>.glb.gz and report validator
 * results and triangle counts. Generated files are never hand-edited: change the code, rerun.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelFileUrl } from '../../src/engine/modelFile.ts';
import { countTriangles, packModel, readGlbJson } from './lib/glb.ts';
import { describeIssues, validateGlb } from './lib/validate.ts';
import { MODELS, renderModel } from './models.ts';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public');

async function main(): Promise<void> {
  mkdirSync(join(publicDir, 'models'), { recursive: true });
  let failed = false;
  for (const id of MODELS) {
    const bytes = await renderModel(id);
    const file = packModel(bytes);
    writeFileSync(join(publicDir, modelFileUrl(id)), file);
    const report = await validateGlb(bytes, `${id}.glb`);
    const { numErrors, numWarnings, numInfos, numHints } = report.issues;
    const json = readGlbJson(bytes);
    console.log(
      `${modelFileUrl(id)}: ${(file.length / 1024).toFixed(1)} KiB (GLB ${(bytes.length / 1024).toFixed(1)} KiB), ${countTriangles(json)} triangles, ${json.nodes?.length ?? 0} nodes, ` +
        `${json.materials?.length ?? 0} materials; validator: ${numErrors} errors, ${numWarnings} warnings, ${numInfos} infos, ${numHints} hints`,
    );
    if (report.issues.messages.length > 0) console.log(describeIssues(report));
    if (numErrors > 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}

await main();
