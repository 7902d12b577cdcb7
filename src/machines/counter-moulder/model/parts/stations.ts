/**
 * The four stations (machine-shapes.md §5 parts 3–5): heel-shaped formers H1, H2 (bright, dry)
 * and C1, C2 (frosted) on the deck at z ≈ -250, the heel curve facing -z; behind each a rubber-
 * lined pad cup on a horizontal Ø63 cylinder that advances toward +z round the heel.
 * Each pad node's origin is its rest pose; the view moves it +z by PAD_TRAVEL when it closes.
 */
import { COUNTER_MOULDER_NODES as N } from '../../nodes.ts';
import type { CounterMoulderGroup } from '../palette.ts';

export const FORMER_Z = -250;
export const DECK_TOP = 970;
/** Station centres along x: H1, H2, C1, C2. */
export const STATION_X = { hot1: -525, hot2: -175, cold1: 175, cold2: 525 } as const;
const PAD_REST_Z = -470;

function former(root: CounterMoulderGroup, name: string, x: number, cold: boolean): void {
  const g = root.group(name, [x, DECK_TOP, FORMER_Z]);
  // The back third of a last: a rounded heel (−z) and a flat-sided forepart stub (+z).
  g.cyl(cold ? 'SteelMachined' : 'Aluminium', 55, 120, [x, DECK_TOP + 60, FORMER_Z - 20], 'y', 20);
  g.box(cold ? 'SteelMachined' : 'Aluminium', [110, 120, 60], [x, DECK_TOP + 60, FORMER_Z + 10]);
  g.box('SteelBright', [112, 4, 100], [x, DECK_TOP + 121, FORMER_Z - 5]);
  if (cold) {
    // Frost on the heel curve and the seat plane.
    g.cyl('FrostWhite', 56.5, 80, [x, DECK_TOP + 70, FORMER_Z - 20], 'y', 20);
    g.box('FrostWhite', [106, 2, 96], [x, DECK_TOP + 124, FORMER_Z - 5]);
  }
  // Base block on the deck.
  g.box('PaintDarkGrey', [140, 12, 140], [x, DECK_TOP + 6, FORMER_Z]);
}

function pad(root: CounterMoulderGroup, name: string, x: number): void {
  // Fixed cylinder on its bracket behind the pad.
  root.box('PaintDarkGrey', [90, 90, 30], [x, 1030, -660]);
  root.cyl('PaintDarkGrey', 36, 110, [x, 1030, -590], 'z', 16);
  const g = root.group(name, [x, 1030, PAD_REST_Z]);
  g.cyl('Chrome', 10, 110, [x, 1030, PAD_REST_Z - 60], 'z', 12);
  g.box('SteelMachined', [160, 120, 20], [x, 1030, PAD_REST_Z - 10]);
  // Rubber cup: back and two wings that wrap the heel.
  g.box('RubberBlack', [150, 110, 30], [x, 1030, PAD_REST_Z + 15]);
  g.box('RubberBlack', [24, 110, 50], [x - 63, 1030, PAD_REST_Z + 50]);
  g.box('RubberBlack', [24, 110, 50], [x + 63, 1030, PAD_REST_Z + 50]);
}

export function buildStations(root: CounterMoulderGroup): void {
  former(root, N.hotFormer, STATION_X.hot1, false);
  former(root, N.hotFormer2, STATION_X.hot2, false);
  former(root, N.coldFormer, STATION_X.cold1, true);
  former(root, N.coldFormer2, STATION_X.cold2, true);
  pad(root, N.hotPad, STATION_X.hot1);
  pad(root, N.hotPad2, STATION_X.hot2);
  pad(root, N.coldPad, STATION_X.cold1);
  pad(root, N.coldPad2, STATION_X.cold2);
  // Red bands mark the hot pair, blue the cold pair, on the deck edge.
  root.span('SignalRed', [-690, -10], [962, 972], [0, 12]);
  root.span('SignalBlue', [10, 690], [962, 972], [0, 12]);
}
