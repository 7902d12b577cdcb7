/**
 * Vulcanizing autoclave for canvas shoes (machine-shapes.md §9): a horizontal steam tank Ø1.74 ×
 * 5.25 m on three saddles, a dished quick-opening door hung from a davit arm on the left with a
 * toothed locking ring and crank, nozzles and valves on top, the gauges near the door, the loading
 * cart on rails, and the control cabinet with the chart recorder on the right.
 * Model frame: origin on the floor at the centre of the door face; millimetres here, metres in the file.
 */
import type { Document } from '@gltf-transform/core';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { AUTOCLAVE_NODES as N } from '../nodes.ts';
import { AUTOCLAVE_PALETTE } from './palette.ts';
import { buildCabinet } from './cabinet.ts';
import { buildCart } from './cart.ts';
import { buildDoor } from './door.ts';
import { buildTank } from './tank.ts';

export default function build(): Document {
  const model = new ModelBuilder('AutoclaveScene', AUTOCLAVE_PALETTE);
  const root = model.root(N.root);
  buildTank(root);
  buildDoor(root);
  buildCart(root);
  buildCabinet(root);
  return model.finish();
}
