import { encode } from 'uqr';

/**
 * A QR code as one SVG path, black modules on white with a quiet zone: sharp at any print size and
 * readable after a photocopy (error correction M). `data-qr` carries the text for support only;
 * tests decode the printed picture.
 */
export function QrCode({ text, sizeMm, label }: { text: string; sizeMm: number; label: string }) {
  const qr = encode(text, { ecc: 'M', border: 3 });
  let d = '';
  qr.data.forEach((row, y) => row.forEach((dark, x) => void (dark && (d += `M${x} ${y}h1v1h-1z`))));
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={label}
      data-qr={text}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
