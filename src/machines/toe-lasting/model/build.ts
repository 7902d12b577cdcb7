/**
 * Hydraulic toe (forepart) lasting machine, 9 pincers, with hot-melt (machine-shapes.md §4,
 * LD-587CM / LD-687MA class, Dalong ivory and red). Model frame: origin on the floor under the
 * centre of the pincer ring, x right, y up, z toward the operator; millimetres here, metres in
 * the file. Node names: src/machines/toe-lasting/nodes.ts.
 */
import type { Document } from '@gltf-transform/core';
import { TOE_LASTING_NODES as N } from '../nodes.ts';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { TOE_LASTING_PALETTE } from './palette.ts';
import { buildBase, buildFootSwitch, buildFrontPanel } from './parts/base.ts';
import { buildHead } from './parts/head.ts';
import { buildSideCabinet } from './parts/sideCabinet.ts';
import { buildWork } from './parts/work.ts';

export default function build(): Document {
  const model = new ModelBuilder('ToeLastingScene', TOE_LASTING_PALETTE);
  const root = model.root(N.root);
  buildBase(root);
  buildFrontPanel(root);
  buildFootSwitch(root);
  buildHead(root);
  buildWork(root);
  buildSideCabinet(root);
  return model.finish();
}
