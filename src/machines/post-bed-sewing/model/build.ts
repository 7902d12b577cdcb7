/**
 * Post-bed lockstitch machine for shoe uppers on its table (machine-shapes.md §3; footwear-machines.md
 * §7) as a glTF document. Model frame: origin on the floor, the needle at x = 0, y up, z toward the
 * operator; millimetres here, metres in the file. Node names and pivots: ../nodes.ts.
 */
import type { Document } from '@gltf-transform/core';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { SEWING_PALETTE } from './palette.ts';
import { SEWING_NODES as N } from '../nodes.ts';
import { buildHead } from './parts/head.ts';
import { buildStand } from './parts/stand.ts';
import { buildWork } from './parts/work.ts';

export default function build(): Document {
  const model = new ModelBuilder('SewingScene', SEWING_PALETTE);
  const root = model.root(N.root);
  buildStand(root);
  buildHead(root);
  buildWork(root);
  return model.finish();
}
