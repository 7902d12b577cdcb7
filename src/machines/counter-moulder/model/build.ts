/**
 * Heel counter (back-part) moulder, 2 hot + 2 cold (machine-shapes.md §5), as a glTF document.
 * Model frame: origin on the floor at the front centre of the deck, x right, y up, z toward the
 * operator; millimetres here, metres in the file. Node names: ../nodes.ts.
 */
import type { Document } from '@gltf-transform/core';
import { COUNTER_MOULDER_NODES as N } from '../nodes.ts';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { COUNTER_MOULDER_PALETTE } from './palette.ts';
import { buildCabinet } from './parts/cabinet.ts';
import { buildControls } from './parts/controls.ts';
import { buildStations } from './parts/stations.ts';
import { buildWork } from './parts/work.ts';

export default function build(): Document {
  const model = new ModelBuilder('CounterMoulderScene', COUNTER_MOULDER_PALETTE);
  const root = model.root(N.root);
  buildCabinet(root);
  buildStations(root);
  buildControls(root);
  buildWork(root);
  return model.finish();
}
