/**
 * PLACEHOLDER until task S's look.ts lands: a fixed mid-run look so the view renders (knife running,
 * a part half fed with a skive that turns ragged and cuts through near its end). S replaces this file.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { SkiveSample, SkiverLook } from './lookTypes.ts';

const PROFILE: readonly SkiveSample[] = Array.from({ length: 25 }, (_, i) => ({
  atMm: i * 5,
  widthMm: 10 + Math.sin(i / 3) * 1.5,
  remainingPct: i > 21 ? 0 : 50 - i,
  ragged: i > 16,
}));

const FIXED: SkiverLook = {
  motorOn: true,
  knifeSpinning: true,
  guardOpen: false,
  footRaised: false,
  widthMm: 10,
  thicknessMm: 1,
  stoneEngaged: false,
  extractorOn: true,
  extractorFull: false,
  estopLatched: false,
  treadle: 0.6,
  piece: 'part',
  fedMm: 120,
  pieceLengthMm: 220,
  guideOffsetMm: 0,
  substanceMm: 2,
  profile: PROFILE,
  cutThrough: true,
  jammed: false,
};

export function skiverLook(_snapshot: AnyMachineSnapshot, _process: unknown, _inputs: Readonly<Record<string, number>>): SkiverLook {
  return FIXED;
}

export function sameLook(a: SkiverLook, b: SkiverLook): boolean {
  return a === b;
}
