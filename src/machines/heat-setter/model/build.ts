/**
 * Heat setter line (machine-shapes.md §7): the compact 4-lane conveyor oven (an insulated
 * tunnel with teal doors in an ivory frame, flap curtains at both ends, the control box on the
 * entrance face), the belt from the infeed table to the outfeed table, then the floor-tunnel
 * chiller with its side door, refrigeration cabinet and drain, the delasting table at the far
 * end, a pull-cord along the whole line, and one shoe on its last per belt slot.
 * Model frame: origin on the floor at the entrance centre, the line along −z; millimetres here, metres in the file.
 */
import type { Document } from '@gltf-transform/core';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { HEAT_SETTER_NODES as N } from '../nodes.ts';
import { buildChiller } from './chiller.ts';
import { buildControlBox } from './controlBox.ts';
import { buildConveyor } from './conveyor.ts';
import { buildOven } from './oven.ts';
import { HEAT_SETTER_PALETTE } from './palette.ts';
import { buildPullCord } from './pullCord.ts';

export default function build(): Document {
  const model = new ModelBuilder('HeatSetterScene', HEAT_SETTER_PALETTE);
  const root = model.root(N.root);
  buildOven(root);
  buildConveyor(root);
  buildControlBox(root);
  buildChiller(root);
  buildPullCord(root);
  return model.finish();
}
