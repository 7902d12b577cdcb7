import { CanvasTexture, Mesh, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace, type Object3D } from 'three';

/** Segment bits a–g (a top, then clockwise, g middle) of the characters a 7-segment LED can show. */
const GLYPHS: Readonly<Record<string, number>> = {
  '0': 0b0111111,
  '1': 0b0000110,
  '2': 0b1011011,
  '3': 0b1001111,
  '4': 0b1100110,
  '5': 0b1101101,
  '6': 0b1111101,
  '7': 0b0000111,
  '8': 0b1111111,
  '9': 0b1101111,
  '-': 0b1000000,
  '°': 0b1100011,
  C: 0b0111001,
  ' ': 0,
};

export interface SegmentCell {
  /** Lit segments, bit 0 = a … bit 6 = g. */
  readonly bits: number;
  readonly dot: boolean;
}

/** Text → cells, right-aligned into `cells` digits; a '.' lights the previous cell's dot. */
export function segmentCells(text: string, cells: number): SegmentCell[] {
  const out: SegmentCell[] = [];
  for (const ch of text) {
    const last = out[out.length - 1];
    if (ch === '.' && last && !last.dot) out[out.length - 1] = { bits: last.bits, dot: true };
    else out.push({ bits: GLYPHS[ch] ?? 0, dot: false });
  }
  while (out.length < cells) out.unshift({ bits: 0, dot: false });
  return out.slice(out.length - cells);
}

const LIT = '#ff3a22';
const GHOST = '#3c0d09';
const BACK = '#160303';

/**
 * A red 7-segment LED face for a display node of the model: a plane just in front of the LED
 * window, painted on a small canvas only when the text changes (no fonts, nothing fetched).
 */
export class SegmentDisplay {
  readonly mesh: Mesh<PlaneGeometry, MeshBasicMaterial>;
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly texture: CanvasTexture;
  private shown: string | null = null;

  /** `width`/`height`: the LED window in metres; the plane faces +z of its parent. */
  constructor(
    private readonly cells: number,
    width: number,
    height: number,
  ) {
    const canvas = document.createElement('canvas');
    canvas.height = 64;
    canvas.width = Math.round((64 * width) / height);
    this.ctx = canvas.getContext('2d');
    this.texture = new CanvasTexture(canvas);
    this.texture.colorSpace = SRGBColorSpace;
    this.mesh = new Mesh(new PlaneGeometry(width, height), new MeshBasicMaterial({ map: this.texture, toneMapped: false }));
    this.mesh.name = 'SegmentDisplayFace';
  }

  attach(parent: Object3D, x: number, y: number, z: number): void {
    this.mesh.position.set(x, y, z);
    parent.add(this.mesh);
  }

  /** Shows `text` (null = display dark); repaints only on a change. */
  show(text: string | null): void {
    this.mesh.visible = text !== null;
    if (text === null || text === this.shown || !this.ctx) return;
    this.shown = text;
    paint(this.ctx, segmentCells(text, this.cells));
    this.texture.needsUpdate = true;
  }

  dispose(): void {
    this.mesh.removeFromParent();
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
    this.texture.dispose();
  }
}

function paint(ctx: CanvasRenderingContext2D, cells: readonly SegmentCell[]): void {
  const { width: w, height: h } = ctx.canvas;
  ctx.fillStyle = BACK;
  ctx.fillRect(0, 0, w, h);
  const pad = h * 0.14;
  const cellW = (w - pad * 2) / cells.length;
  const digitH = h - pad * 2;
  const digitW = Math.min(cellW * 0.72, digitH * 0.55);
  const t = Math.max(2, digitH * 0.12);
  cells.forEach((cell, i) => {
    const x0 = pad + i * cellW + (cellW - digitW) / 2 - cellW * 0.06;
    const y0 = pad;
    const half = digitH / 2;
    // a b c d e f g as rectangles: [x, y, w, h]
    const segs: readonly (readonly [number, number, number, number])[] = [
      [x0 + t, y0, digitW - 2 * t, t],
      [x0 + digitW - t, y0 + t, t, half - 1.5 * t],
      [x0 + digitW - t, y0 + half + t / 2, t, half - 1.5 * t],
      [x0 + t, y0 + digitH - t, digitW - 2 * t, t],
      [x0, y0 + half + t / 2, t, half - 1.5 * t],
      [x0, y0 + t, t, half - 1.5 * t],
      [x0 + t, y0 + half - t / 2, digitW - 2 * t, t],
    ];
    segs.forEach(([x, y, sw, sh], bit) => {
      ctx.fillStyle = cell.bits & (1 << bit) ? LIT : GHOST;
      ctx.fillRect(x, y, sw, sh);
    });
    ctx.fillStyle = cell.dot ? LIT : GHOST;
    ctx.fillRect(x0 + digitW + t * 0.6, y0 + digitH - t, t, t);
  });
}
