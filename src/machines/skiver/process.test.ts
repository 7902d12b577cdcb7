import { describe, expect, it } from 'vitest';
import { setTo as set } from '../../engine/events.ts';
import type { ContinuousInputs } from '../../engine/continuous.ts';
import { LEAVE_MAX_PCT, LEAVE_MIN_PCT, PART_EDGE_MM, PROCESS_STEP_MS, WIDTH_TOLERANCE_MM, WORK_TICKET } from './constants.ts';
import { adjustTo } from './controls.ts';
import { judgeEdge, skiverProcess, stepSkive, type SkiverProcessState } from './process.ts';
import { READY_TO_SKIVE, SkiverBench } from './testBench.ts';

/** A snapshot with a part under the lowered foot and the pedal down, faults as given. */
function feedingSnapshot(faults: readonly string[] = []) {
  const b = new SkiverBench();
  b.sendAll([
    ...READY_TO_SKIVE,
    ...faults.map((fault) => ({ type: 'fault.inject' as const, fault })),
    set('footLever', 'up'),
    set('piece', 'part'),
    set('footLever', 'down'),
    adjustTo('treadle', 0.4),
  ]);
  return b.snap();
}

/** Steps the pure model over a whole edge with constant inputs (the snapshot does not change here). */
function feed(inputs: ContinuousInputs, faults: readonly string[] = [], ms = 6000) {
  const snap = feedingSnapshot(faults);
  let state: SkiverProcessState = skiverProcess.initial;
  const signals: string[] = [];
  for (let t = 0; t < ms && !state.done && !state.jammed; t += PROCESS_STEP_MS) {
    const r = stepSkive(state, inputs, PROCESS_STEP_MS, snap);
    state = r.state;
    signals.push(...(r.signals ?? []).map((s) => s.signal));
  }
  return { state, signals };
}

const spread = (xs: readonly number[]) => Math.max(...xs) - Math.min(...xs);

describe('skiver process model (pure)', () => {
  it('a light, steady feed on the guide gives an even profile at the ticket: width, 40–60 % left, then edgeDone', () => {
    const { state, signals } = feed({ treadle: 0.4, guideOffset: 0 });
    expect(state.done).toBe(true);
    expect(state.fedMm).toBe(PART_EDGE_MM);
    expect(signals).toEqual(['edgeDone']);
    for (const p of state.profile) {
      expect(Math.abs(p.widthMm - WORK_TICKET.widthMm)).toBeLessThanOrEqual(WIDTH_TOLERANCE_MM);
      expect(p.remainingPct).toBeGreaterThanOrEqual(LEAVE_MIN_PCT);
      expect(p.remainingPct).toBeLessThanOrEqual(LEAVE_MAX_PCT);
      expect(p.ragged).toBe(false);
    }
    expect(spread(state.profile.map((p) => p.remainingPct))).toBeLessThan(1);
    expect(judgeEdge(state.profile).meanRemainingMm).toBeCloseTo(WORK_TICKET.thicknessMm, 2);
  });

  it('a feed too fast makes width and thickness wander: uneven', () => {
    const { state, signals } = feed({ treadle: 0.9, guideOffset: 0 });
    expect(state.done).toBe(true);
    expect(spread(state.profile.map((p) => p.remainingPct))).toBeGreaterThan(12);
    expect(signals).toContain('thicknessUneven');
  });

  it('a stamped pedal jams the work', () => {
    const { state, signals } = feed({ treadle: 1, guideOffset: 0 });
    expect(state.jammed).toBe(true);
    expect(signals).toEqual(['jam']);
  });

  it('a blunt knife tears: every sample ragged, signal ragged', () => {
    const { state, signals } = feed({ treadle: 0.4, guideOffset: 0 }, ['bluntKnife']);
    expect(state.profile.every((p) => p.ragged)).toBe(true);
    expect(signals).toContain('ragged');
  });

  it('the edge held off the guide narrows the skive by the offset: a width error', () => {
    const { state, signals } = feed({ treadle: 0.4, guideOffset: 2 });
    for (const p of state.profile) expect(p.widthMm).toBeCloseTo(WORK_TICKET.widthMm - 2, 5);
    expect(signals).toContain('widthUneven');
  });

  it('zero treadle: no feed, no samples, no signals', () => {
    const { state, signals } = feed({ treadle: 0, guideOffset: 0 }, [], 3000);
    expect(state.fedMm).toBe(0);
    expect(state.profile).toEqual([]);
    expect(signals).toEqual([]);
  });

  it('the gap closed by the fault cuts through at once', () => {
    const { signals } = feed({ treadle: 0.4, guideOffset: 0 }, ['cutThrough']);
    expect(signals[0]).toBe('cutThrough');
    expect(signals).toContain('edgeDone');
  });

  it('is pure: the same state, inputs and snapshot give the same step', () => {
    const snap = feedingSnapshot();
    const a = stepSkive(skiverProcess.initial, { treadle: 0.5, guideOffset: 0.3 }, PROCESS_STEP_MS, snap);
    const b = stepSkive(skiverProcess.initial, { treadle: 0.5, guideOffset: 0.3 }, PROCESS_STEP_MS, snap);
    expect(b).toEqual(a);
  });
});
