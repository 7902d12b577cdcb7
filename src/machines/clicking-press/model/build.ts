/**
 * Swing-arm hydraulic clicking press, 20 t class (machine-shapes.md §1), as a glTF document.
 * Model frame: origin on the floor at the front centre of the board, x right, y up, z toward
 * the operator. The generator works in millimetres; the file is in metres.
 * Node names come from src/machines/clicking-press/nodes.ts (the contract with the view).
 */
import type { Document } from '@gltf-transform/core';
import { CLICKING_PRESS_NODES as N } from '../nodes.ts';
import { ModelBuilder } from '../../../../tools/models/lib/modelBuilder.ts';
import { CLICKING_PRESS_PALETTE } from './palette.ts';
import { buildArm } from './parts/clickingArm.ts';
import { buildBase } from './parts/clickingBase.ts';
import { buildControlStrip } from './parts/clickingControls.ts';
import { buildWorkArea } from './parts/clickingWorkArea.ts';

export default function build(): Document {
  const model = new ModelBuilder('ClickingPressScene', CLICKING_PRESS_PALETTE);
  const root = model.root(N.root);
  buildBase(root);
  buildControlStrip(root);
  buildArm(root);
  buildWorkArea(root);
  return model.finish();
}
