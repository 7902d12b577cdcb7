import { AUTOCLAVE_NODES as N } from '../nodes.ts';
import type { AutoclaveGroup } from './palette.ts';
import { RAIL_GAUGE, RAIL_Y } from './geometry.ts';

const CART_Z = 1200;
const SHELVES = [560, 830, 1100, 1370];

/** The loading cart on the front track: wheeled steel rack with four shelves of canvas shoes on lasts. */
export function buildCart(root: AutoclaveGroup): void {
  const cart = root.group(N.cart, [0, RAIL_Y + 700, CART_Z]);
  for (const x of [-RAIL_GAUGE / 2, RAIL_GAUGE / 2])
    for (const z of [CART_Z - 450, CART_Z + 450]) cart.cyl('PaintBlackSteel', 60, 40, [x, RAIL_Y + 60, z], 'x', 14);
  for (const x of [-430, 430])
    for (const z of [CART_Z - 560, CART_Z + 560]) cart.box('SteelBright', [30, 1100, 30], [x, RAIL_Y + 640, z]);
  cart.box('SteelBright', [900, 30, 1200], [0, RAIL_Y + 110, CART_Z]);
  for (const y of SHELVES) cart.box('SteelMachined', [880, 14, 1160], [0, RAIL_Y + y - 300, CART_Z]);
  // A handle at the aisle end.
  cart.box('BlackBakelite', [700, 30, 30], [0, RAIL_Y + 1000, CART_Z + 620]);
  const shoes = cart.group(N.cartShoes, [0, RAIL_Y + 700, CART_Z]);
  SHELVES.forEach((y, row) => {
    for (let i = 0; i < 5; i++) {
      for (const x of [-220, 220]) {
        const z = CART_Z - 440 + i * 220;
        const canvas = (row + i) % 2 === 0 ? 'CanvasBlue' : 'CanvasRed';
        const base = RAIL_Y + y - 293;
        shoes.box('FoxingWhite', [110, 40, 270], [x, base + 20, z]);
        shoes.box(canvas, [100, 70, 230], [x, base + 75, z - 10]);
        shoes.box('FoxingWhite', [104, 14, 70], [x, base + 44, z + 100]);
      }
    }
  });
}
