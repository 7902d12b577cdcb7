/**
 * The guided hint around a control of the 2D view: a still ring (a few pulses at most, none with
 * `prefers-reduced-motion`), so a hint costs no frames while nothing happens.
 */
export function HintRing({ on }: { on: boolean }) {
  return on ? <span className="sx-hint-ring" aria-hidden="true" /> : null;
}
