/**
 * The work and the bench kit: the upper part being skived (its straight edge under the foot, fed
 * right → left), a trial strip of scrap in the same place (the view shows one of the two), the
 * dial thickness gauge, the rack of spare presser feet, and the empty node where the view draws
 * the magnified cross-section of the skive.
 */
import type { SkiverGroup } from '../palette.ts';
import { extrude, polygonShape } from '../../../../../tools/models/lib/shapes.ts';
import { SKIVER_NODES as N } from '../../nodes.ts';
import { EDGE_Z, KNIFE, LEATHER_MM, PIECE_LENGTH_MM, TOP_Y, WORK_Y } from '../layout.ts';

/** Leading end of the piece at rest: just right of the knife, so nothing is skived yet. */
const LEAD_X = KNIFE.x + 6;

export function buildWork(root: SkiverGroup): void {
  // Outline in (x along the edge, z away from the edge): a vamp-like part with a straight edge at z 0.
  const L = PIECE_LENGTH_MM;
  const part = polygonShape([
    [0, 0], [L, 0], [L, 28], [L * 0.9, 52], [L * 0.72, 66], [L * 0.5, 72], [L * 0.28, 68], [L * 0.1, 50], [0, 24],
  ]);
  const piece = root.group(N.leather, [LEAD_X, WORK_Y, EDGE_Z]);
  // Rotating the xy outline +90° about x maps its y onto +z and the extrusion onto -y: lift by the thickness.
  piece.add('LeatherHide', root.builder.cached('partPiece', () => extrude(part, LEATHER_MM, { curveSegments: 2 })), [LEAD_X, WORK_Y + LEATHER_MM, EDGE_Z], [90, 0, 0]);
  const scrap = root.group(N.scrapStrip, [LEAD_X, WORK_Y, EDGE_Z]);
  scrap.box('LeatherScrap', [180, LEATHER_MM, 40], [LEAD_X + 90, WORK_Y + LEATHER_MM / 2, EDGE_Z + 20]);

  buildGauge(root);
  buildFootRack(root);
  // In front of the head, left of the cutting point, facing the operator.
  root.group(N.skiveSectionAnchor, [-360, 960, 20]);
}

/** Dial thickness gauge lying on the table right of the head. */
function buildGauge(root: SkiverGroup): void {
  const g = root.group(N.thicknessGauge, [360, TOP_Y, -70]);
  g.span('SteelMachined', [330, 345], [TOP_Y, TOP_Y + 12], [-110, -30]);
  g.span('SteelMachined', [330, 400], [TOP_Y, TOP_Y + 12], [-110, -95]);
  g.span('SteelMachined', [330, 400], [TOP_Y, TOP_Y + 12], [-45, -30]);
  g.cyl('Chrome', 24, 12, [395, TOP_Y + 6, -70], 'y', 18);
  g.cyl('GaugeDial', 21, 1, [395, TOP_Y + 12.5, -70], 'y', 18);
  g.box('SignalRed', [16, 0.6, 1.5], [400, TOP_Y + 13.3, -72], [0, 30, 0]);
  g.cyl('Chrome', 4, 20, [395, TOP_Y + 6, -40], 'z', 8);
}

/** Wooden rack with spare presser feet (flat, bevel, folding) on the table right of the head. */
function buildFootRack(root: SkiverGroup): void {
  const r = root.group(N.footRack, [250, TOP_Y, -60]);
  r.span('PaintDarkGrey', [200, 300], [TOP_Y, TOP_Y + 14], [-80, -40]);
  [215, 250, 285].forEach((x, i) => {
    r.span('SteelBright', [x - 10, x + 10], [TOP_Y + 14, TOP_Y + 19], [-75, -45]);
    r.cyl('Chrome', 4, 28, [x, TOP_Y + 33, -60], 'y', 8);
    if (i === 1) r.box('SteelBright', [20, 4, 8], [x, TOP_Y + 20, -47], [30, 0, 0]);
  });
}
