/**
 * Every committed model in public/models is valid glTF, within the triangle budget of the
 * software-rendered target, and identical to what the generator produces now.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countTriangles, readGlbJson, readModelFile } from './lib/glb.ts';
import { describeIssues, validateGlb } from './lib/validate.ts';
import { MODELS, MODEL_BUILD, renderModel } from './models.ts';

const MAX_TRIANGLES = 30_000;
const modelsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'models');
const SUFFIX = '.glb.gz'; // src/engine/modelFile.ts
const files = readdirSync(modelsDir).filter((f) => f.endsWith('.glb') || f.endsWith(SUFFIX)).sort();

describe('generated models', () => {
  it('has a committed file for every registered model', () => {
    for (const id of MODELS) expect(files, `run npm run models`).toContain(`${id}${SUFFIX}`);
  });

  it('holds no plain .glb: the app fetches only the gzipped files', () => {
    expect(files.filter((f) => !f.endsWith(SUFFIX)), 'delete them; run npm run models').toEqual([]);
  });

  describe.each(files.filter((f) => f.endsWith(SUFFIX)))('%s', (file) => {
    const bytes = readModelFile(join(modelsDir, file));

    it('passes the Khronos validator with no errors or warnings', async () => {
      const report = await validateGlb(bytes, file);
      expect(report.issues.numErrors, describeIssues(report)).toBe(0);
      expect(report.issues.numWarnings, describeIssues(report)).toBe(0);
    });

    it(`draws at most ${MAX_TRIANGLES} triangles`, () => {
      expect(countTriangles(readGlbJson(bytes))).toBeLessThanOrEqual(MAX_TRIANGLES);
    });

    it('matches the generator output byte for byte', async () => {
      const id = file.slice(0, -SUFFIX.length);
      expect(MODELS, `${file} has no generator: src/machines/${id}/${MODEL_BUILD} is missing`).toContain(id);
      const fresh = await renderModel(id);
      const same = fresh.length === bytes.length && fresh.every((v, i) => v === bytes[i]);
      // The GLB inside is compared: gzip's own bytes may differ between zlib builds.
      expect(same, `${file} is stale: run \`npm run models\` and commit public/models`).toBe(true);
    });
  });
});
