/** A digital readout (a timer, a temperature): green digits on black when lit, blank grey when not. */
export function Display({ id, x, y, width = 110, text, lit, label }: { id: string; x: number; y: number; width?: number; text: string; lit: boolean; label?: string }) {
  const h = 40;
  return (
    <g className="sx-display" data-display={id} data-text={lit ? text : ''}>
      <rect x={x - width / 2} y={y - h / 2} width={width} height={h} rx={5} fill={lit ? '#0c1410' : '#4a4f55'} stroke="#1b1f23" strokeWidth={3} />
      {lit && (
        <text x={x} y={y + 10} className="sx-digits" textAnchor="middle">
          {text}
        </text>
      )}
      {label && (
        <text x={x} y={y + h / 2 + 22} className="sx-caption" textAnchor="middle">
          {label}
        </text>
      )}
    </g>
  );
}
