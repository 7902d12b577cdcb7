/**
 * Double-head roughing machine with dust collector (machine-shapes.md §8, model [K-G1]
 * 1,050 × 700 × 1,100 mm; footwear-machines.md §12.1) as a glTF document. Model frame: origin on
 * the floor at the front centre, x right, y up, z toward the operator; millimetres here, metres
 * in the file. Node names and pivots: ../nodes.ts.
 */
import type { Document } from '@gltf-transform/core';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { ROUGHING_NODES as N } from '../nodes.ts';
import { ROUGHING_PALETTE } from './palette.ts';
import { buildBody } from './parts/body.ts';
import { buildExtraction } from './parts/extraction.ts';
import { buildPanel } from './parts/panel.ts';
import { buildSpindle } from './parts/spindle.ts';
import { buildWork } from './parts/work.ts';

export default function build(): Document {
  const model = new ModelBuilder('RoughingScene', ROUGHING_PALETTE);
  const root = model.root(N.root);
  buildBody(root);
  buildSpindle(root);
  buildPanel(root);
  buildExtraction(root);
  buildWork(root);
  return model.finish();
}
