/** Sweep of a round dial, degrees, from the lowest mark (bottom left) clockwise. */
const SWEEP_DEG = 270;
const START_DEG = 135;

const polar = (x: number, y: number, r: number, deg: number): [number, number] => [x + r * Math.cos((deg * Math.PI) / 180), y + r * Math.sin((deg * Math.PI) / 180)];

/**
 * A round dial gauge: a needle at `fraction` (0…1, clamped) of full scale and the reading as text
 * beneath. `data-gauge` carries the reading for tests and support.
 */
export function Gauge({ id, x, y, r = 40, fraction, reading, label }: { id: string; x: number; y: number; r?: number; fraction: number; reading: string; label?: string }) {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const ticks = Array.from({ length: 7 }, (_, i) => START_DEG + (i * SWEEP_DEG) / 6);
  const [nx, ny] = polar(x, y, r * 0.8, START_DEG + f * SWEEP_DEG);
  return (
    <g className="sx-gauge" data-gauge={id} data-reading={reading}>
      <circle cx={x} cy={y} r={r} fill="#fbfbf7" stroke="#2a2e33" strokeWidth={4} />
      {ticks.map((deg) => {
        const [ax, ay] = polar(x, y, r * 0.72, deg);
        const [bx, by] = polar(x, y, r * 0.9, deg);
        return <line key={deg} x1={ax} y1={ay} x2={bx} y2={by} stroke="#2a2e33" strokeWidth={2} />;
      })}
      <line x1={x} y1={y} x2={nx} y2={ny} stroke="#c0231b" strokeWidth={4} strokeLinecap="round" />
      <circle cx={x} cy={y} r={5} fill="#2a2e33" />
      <text x={x} y={y + r * 0.55} className="sx-reading" textAnchor="middle">
        {reading}
      </text>
      {label && (
        <text x={x} y={y + r + 22} className="sx-caption" textAnchor="middle">
          {label}
        </text>
      )}
    </g>
  );
}
