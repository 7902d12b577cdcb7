/**
 * Bell-knife leather skiver on a sewing-type table (machine-shapes.md §2; footwear-machines.md §6)
 * as a glTF document. Model frame: origin on the floor at the table's front centre, x right, y up,
 * z toward the operator; millimetres here, metres in the file. Node names and pivots: ../nodes.ts.
 */
import type { Document } from '@gltf-transform/core';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { SKIVER_PALETTE } from './palette.ts';
import { SKIVER_NODES as N } from '../nodes.ts';
import { buildCuttingPoint } from './parts/cuttingPoint.ts';
import { buildChipTray, buildExtractor } from './parts/extractor.ts';
import { buildHead } from './parts/head.ts';
import { buildStand } from './parts/stand.ts';
import { buildWork } from './parts/work.ts';

export default function build(): Document {
  const model = new ModelBuilder('SkiverScene', SKIVER_PALETTE);
  const root = model.root(N.root);
  buildStand(root);
  const head = buildHead(root);
  buildCuttingPoint(head);
  buildExtractor(root);
  buildChipTray(root);
  buildWork(root);
  return model.finish();
}
