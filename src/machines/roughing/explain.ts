import type { AnyMachineSnapshot } from 'xstate';
import type { StatusLine } from '../../engine/machineModule.ts';
import { statusLine } from '../../engine/statusLine.ts';
import { judgeBand } from './band.ts';
import type { RoughingContext } from './chart/context.ts';
import { MARGIN_LENGTH_MM, WORK_TICKET } from './constants.ts';
import type { RoughingProcessState } from './process.ts';

const line = statusLine;
const r1 = (v: number) => Number(v.toFixed(1));
const r2 = (v: number) => Number(v.toFixed(2));

/**
 * Debrief lines about the band the process model roughed: depth and coverage in numbers, then
 * each flaw with its cause read from what the hand did along it and from the machine's condition.
 */
export function explainProcess(state: RoughingProcessState, snapshot: AnyMachineSnapshot): readonly StatusLine[] {
  const c = snapshot.context as RoughingContext;
  const p = state.samples;
  if (!p.length) return [];
  const judged = judgeBand(p);
  const depths = p.map((x) => x.depthMm);
  const heaviest = Math.max(...p.map((x) => x.pressure));
  const furthest = Math.max(...p.map((x) => x.offsetMm));
  const lines: StatusLine[] = [
    line('explain.profile', 'info', {
      done: Math.round(state.travelledMm),
      length: MARGIN_LENGTH_MM,
      depthMin: r2(Math.min(...depths)),
      depthMax: r2(Math.max(...depths)),
      coverage: Math.round(judged.coveragePct),
    }),
  ];
  const flaws = new Set(judged.flaws);
  if (state.sent.includes('wrongWay')) lines.push(line('explain.wrongWay', 'danger'));
  if (flaws.has('intoUpper')) lines.push(line('explain.intoUpper', 'danger', { mm: r1(furthest) }));
  if (flaws.has('burnt')) lines.push(line(c.wheelClogged ? 'explain.burntClogged' : 'explain.burntPressure', 'warn', { pct: Math.round(heaviest * 100), rpm: c.speedRpm }));
  if (flaws.has('tooDeep')) lines.push(line('explain.tooDeep', 'warn', { pct: Math.round(heaviest * 100) }));
  if (flaws.has('patchy')) lines.push(line('explain.patchy', 'warn'));
  if (flaws.has('uneven')) lines.push(line('explain.uneven', 'warn'));
  if (state.sent.includes('dustEscaping')) lines.push(line('explain.dust', 'warn'));
  if (state.done && !state.sent.includes('wrongWay') && !judged.flaws.length) lines.push(line('explain.good', 'ok', { rpm: WORK_TICKET.speedRpm }));
  return lines;
}
