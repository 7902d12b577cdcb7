/**
 * The work (machine-shapes.md §5 "Upper"): the heel end of an upper with its counter band and a
 * hidden scorch ring, shaped over the former's heel; it rests on the rack at the left of the
 * machine beside a stack of counter blanks. The Upper node's origin is the former-top point it
 * sits on, so the view places it over a former by moving the node.
 */
import { COUNTER_MOULDER_NODES as N } from '../../nodes.ts';
import type { CounterMoulderGroup } from '../palette.ts';

/** Where the upper rests on the rack (model mm): its heel-seat point. */
export const RACK_UPPER_AT = [-990, 1000, -140] as const;

export function buildWork(root: CounterMoulderGroup): void {
  // Rack: a small table left of the machine.
  const rack = root.group(N.upperRack, [-990, 880, -180]);
  rack.span('RackWood', [-1120, -860], [860, 880], [-330, -30]);
  for (const x of [-1105, -875]) for (const z of [-315, -45]) rack.span('PaintDarkGrey', [x - 10, x + 10], [0, 860], [z - 10, z + 10]);
  const stack = root.group(N.counterStack, [-1060, 890, -270]);
  for (let i = 0; i < 5; i++) stack.cyl('CounterBoard', 40, 4, [-1060, 884 + i * 5, -270], 'y', 16);
  // The upper, its heel down over the former, seat up (the heel curve toward −z).
  const [x, y, z] = RACK_UPPER_AT;
  const upper = root.group(N.upper, [x, y, z]);
  upper.cyl('UpperLeather', 60, 95, [x, y - 40, z - 20], 'y', 20);
  upper.box('UpperLeather', [118, 95, 90], [x, y - 40, z + 30]);
  upper.box('UpperLining', [100, 6, 120], [x, y + 8, z + 5]);
  const counter = upper.group(N.upperCounter, [x, y - 45, z - 20]);
  counter.cyl('CounterBand', 61, 55, [x, y - 55, z - 20], 'y', 20);
  const scorch = upper.group(N.upperScorch, [x, y - 20, z - 20]);
  scorch.cyl('ScorchDark', 62, 28, [x, y - 25, z - 24], 'y', 20);
}
