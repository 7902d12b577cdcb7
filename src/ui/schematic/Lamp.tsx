/** A signal lamp: lit in its colour, or dark grey; `data-lamp` says which and whether it is lit (for tests and support). */
export function Lamp({ id, x, y, on, color, r = 14, label }: { id: string; x: number; y: number; on: boolean; color: string; r?: number; label?: string }) {
  return (
    <g className="sx-lamp" data-lamp={id} data-on={on ? 'true' : 'false'}>
      <circle cx={x} cy={y} r={r + 4} fill="#3a3f46" />
      <circle cx={x} cy={y} r={r} fill={on ? color : '#5b6068'} stroke={on ? '#ffffff' : '#2a2e33'} strokeWidth={on ? 2 : 1} />
      {on && <circle cx={x} cy={y} r={r * 1.9} fill={color} opacity={0.25} />}
      {label && (
        <text x={x} y={y + r + 22} className="sx-caption" textAnchor="middle">
          {label}
        </text>
      )}
    </g>
  );
}
