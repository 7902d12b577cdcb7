import { HEAT_SETTER_NODES as N } from '../nodes.ts';
import type { HeatSetterGroup } from './palette.ts';
import { BELT_Y, CHILL_Z1, HALF_W } from './layout.ts';

const CORD_X = HALF_W + 160;
const CORD_Y = BELT_Y + 120;
const Z0 = 300;
const Z1 = CHILL_Z1;

/** The pull-cord e-stop along the operator's side of the whole line: yellow cord on eyelet posts, the switch box at the entrance. */
export function buildPullCord(root: HeatSetterGroup): void {
  const posts = root.group('PullCordPosts', [CORD_X, CORD_Y, (Z0 + Z1) / 2]);
  for (let z = Z0; z >= Z1; z -= 1100) {
    posts.span('Stainless', [HALF_W, CORD_X], [CORD_Y - 10, CORD_Y + 10], [z - 10, z + 10]);
    posts.cyl('Chrome', 14, 10, [CORD_X, CORD_Y, z], 'y', 10);
  }
  // The switch box at the loading end, red with a yellow reset lever.
  posts.span('SignalRed', [CORD_X - 50, CORD_X + 50], [CORD_Y - 70, CORD_Y + 70], [Z0 + 20, Z0 + 120]);
  posts.span('SignalYellow', [CORD_X - 12, CORD_X + 12], [CORD_Y + 70, CORD_Y + 130], [Z0 + 60, Z0 + 80]);
  const cord = root.group(N.pullCord, [CORD_X, CORD_Y, Z0]);
  cord.cyl('CordYellow', 6, Z0 - Z1, [CORD_X, CORD_Y, (Z0 + Z1) / 2], 'z', 8);
}
