import type { AnyMachineSnapshot } from 'xstate';
import type { StatusLine } from '../../engine/machineModule.ts';
import { statusLine } from '../../engine/statusLine.ts';
import type { SkiverContext } from './chart/context.ts';
import { TREADLE_STEADY_MAX, WORK_TICKET } from './constants.ts';
import { judgeEdge, type SkiverProcessState } from './process.ts';

const line = statusLine;
const r1 = (v: number) => Number(v.toFixed(1));
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
/** Mean hand offset beyond which the debrief blames the hand, not the guide, mm [I]. */
const HAND_BLAME_MM = 0.5;

/**
 * Debrief lines about the last edge the process model skived: its profile in numbers, then each
 * flaw with the cause read from what the hand and foot did along it (the samples carry the
 * treadle and the hand offset) and from the machine's condition, and the remedy.
 */
export function explainProcess(state: SkiverProcessState, snapshot: AnyMachineSnapshot): readonly StatusLine[] {
  const c = snapshot.context as SkiverContext;
  const p = state.profile;
  if (state.piece === 'none' || !p.length) return [];
  const widths = p.map((x) => x.widthMm);
  const pcts = p.map((x) => x.remainingPct);
  const judged = judgeEdge(p);
  const fastest = Math.max(...p.map((x) => x.treadle));
  const hand = mean(p.map((x) => Math.abs(x.handMm)));
  const lines: StatusLine[] = [
    line(`explain.profile.${state.piece}`, 'info', {
      fed: Math.round(state.fedMm),
      length: state.lengthMm,
      widthMin: r1(Math.min(...widths)),
      widthMax: r1(Math.max(...widths)),
      pctMin: Math.round(Math.min(...pcts)),
      pctMax: Math.round(Math.max(...pcts)),
      mm: judged.meanRemainingMm,
    }),
  ];
  const flaws = new Set(judged.flaws);
  if (state.jammed) lines.push(line(c.rollerGlazed ? 'explain.jamRoller' : 'explain.jamFast', 'warn'));
  if (flaws.has('cutThrough')) lines.push(line(c.gapDrift === 'closed' ? 'explain.cutThroughGap' : 'explain.cutThroughSetting', 'danger'));
  if (flaws.has('ragged')) lines.push(line('explain.ragged', 'warn'));
  if (flaws.has('widthUneven')) {
    if (hand > HAND_BLAME_MM) lines.push(line('explain.widthHand', 'warn', { mm: r1(hand) }));
    else if (c.guideLoose) lines.push(line('explain.widthGuideLoose', 'warn'));
    else if (fastest > TREADLE_STEADY_MAX) lines.push(line('explain.widthFast', 'warn'));
    else lines.push(line('explain.widthSetting', 'warn', { mm: c.widthMm, ticket: WORK_TICKET.widthMm }));
  }
  if (flaws.has('thicknessUneven')) lines.push(line('explain.thicknessFast', 'warn', { pct: Math.round(fastest * 100) }));
  if (flaws.has('tooThick')) lines.push(line(c.gapDrift === 'opened' ? 'explain.tooThickGap' : 'explain.tooThickSetting', 'warn', { mm: c.thicknessMm }));
  if (flaws.has('tooThin')) lines.push(line('explain.tooThinSetting', 'warn', { mm: c.thicknessMm }));
  if (state.sent.includes('chipsThrown')) lines.push(line('explain.chips', 'warn'));
  if (!state.jammed && state.done && !judged.flaws.length) lines.push(line('explain.good', 'ok'));
  return lines;
}
