import type { ContinuousInputs, ContinuousRange } from './continuous.ts';
import type { ControlSpec } from './machineModule.ts';

/** Digits after the decimal point of a step (0.05 → 2, 1e-7 → 7), so rounding gives clean numbers. */
function decimals(step: number): number {
  const [mantissa = '', exponent] = String(step).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * The value a continuous control takes when sent `value`: rounded to the step, then clamped to the
 * range. Idempotent for a range that passes `rangeProblem` (its ends lie on the step grid), so a
 * logged value replays as itself. Null for a value that is not a finite number.
 */
export function quantize(range: ContinuousRange, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const rounded = Number((Math.round(value / range.step) * range.step).toFixed(decimals(range.step)));
  // `|| 0`: a rounded -0 is written as 0 in JSON, so it must be 0 in the session too.
  return Math.min(range.max, Math.max(range.min, rounded)) || 0;
}

/** Where a continuous control starts: `initial`, else `rest`, else `min`. */
export const initialValue = (range: ContinuousRange): number => range.initial ?? range.rest ?? range.min;

const onGrid = (range: ContinuousRange, v: number) => quantize(range, v) === v;

/** What is wrong with a range (for the module contract and the session's own check), or null. */
export function rangeProblem(range: ContinuousRange): string | null {
  const { min, max, step } = range;
  if (![min, max, step].every(Number.isFinite) || step <= 0 || min >= max) return `needs finite min < max and a step > 0 (has ${min}…${max}, step ${step})`;
  for (const [name, v] of [['min', min], ['max', max], ['rest', range.rest], ['initial', range.initial]] as const) {
    if (v !== undefined && !onGrid(range, v)) return `${name} ${v} is not a multiple of the step ${step} within ${min}…${max}`;
  }
  return null;
}

/** A control's range if it is a continuous control; a continuous control without a (valid) range is a module error. */
export function continuousRange(control: ControlSpec): ContinuousRange | undefined {
  if (control.kind !== 'continuous') return undefined;
  if (!control.range) throw new Error(`continuous control "${control.id}" has no range`);
  const problem = rangeProblem(control.range);
  if (problem) throw new Error(`continuous control "${control.id}": range ${problem}`);
  return control.range;
}

/** Every continuous control's range, by control id (throws on a module error: see `continuousRange`). */
export function continuousRanges(controls: readonly ControlSpec[]): ReadonlyMap<string, ContinuousRange> {
  const ranges = new Map<string, ContinuousRange>();
  for (const c of controls) {
    const range = continuousRange(c);
    if (range) ranges.set(c.id, range);
  }
  return ranges;
}

/** Every continuous control at its starting value. */
export const initialInputs = (ranges: ReadonlyMap<string, ContinuousRange>): ContinuousInputs =>
  Object.fromEntries([...ranges].map(([id, range]) => [id, initialValue(range)]));

/** The inputs with every control that springs back (`rest`) let go: the pedal-release probe. */
export const atRest = (ranges: ReadonlyMap<string, ContinuousRange>, inputs: ContinuousInputs): ContinuousInputs =>
  Object.fromEntries(Object.entries(inputs).map(([id, v]) => [id, ranges.get(id)?.rest ?? v]));

/** Why a recorded adjust value cannot have come from a session (off the range or the step), or null. */
export function adjustValueProblem(range: ContinuousRange, value: number): string | null {
  if (!Number.isFinite(value) || value < range.min || value > range.max) return `${value} is outside ${range.min}…${range.max}`;
  if (quantize(range, value) !== value) return `${value} is not a multiple of the step ${range.step}`;
  return null;
}
