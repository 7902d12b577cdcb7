/**
 * Pneumatic cover-type sole press (FX811 single) with its filter-regulator, plus a separate IR
 * reactivator to the operator's left (machine-shapes.md §6; controls per footwear-machines.md §10).
 * Model frame: origin on the floor at the press front centre, x right, y up, z toward the
 * operator; millimetres here, metres in the file. Node names: src/machines/sole-press/nodes.ts.
 */
import type { Document } from '@gltf-transform/core';
import { SOLE_PRESS_NODES as N } from '../nodes.ts';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { SOLE_PRESS_PALETTE } from './palette.ts';
import { buildAirUnit } from './parts/airUnit.ts';
import { buildReactivator } from './parts/reactivator.ts';
import { buildPressPanel } from './parts/solePressPanel.ts';
import { buildStation } from './parts/solePressStation.ts';

export default function build(): Document {
  const model = new ModelBuilder('SolePressScene', SOLE_PRESS_PALETTE);
  const root = model.root(N.root);
  const { shoe, sole } = buildStation(root);
  buildPressPanel(root);
  buildAirUnit(root);
  buildReactivator(root, shoe, sole);
  return model.finish();
}
