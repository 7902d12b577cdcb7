import type { AnyMachineSnapshot } from 'xstate';
import type { StatusLine } from '../../engine/machineModule.ts';
import { statusLine } from '../../engine/statusLine.ts';
import { effectiveTension, flawList, type SewingContext } from './chart/context.ts';
import { CORNER_TOL_MM, FAST_SPM, NEEDLE_LEATHER, PRESSURE_PUCKER, TENSION_BREAK, TENSION_LOOSE_BELOW, UPPER_LEGS_MM, WORK_TICKET } from './constants.ts';
import type { SewingProcessState } from './process.ts';

const line = statusLine;
const r1 = (v: number) => Number(v.toFixed(1));

/**
 * Debrief lines about the last seam the process model sewed: its stitches in numbers, then each
 * flaw with its cause read from what the hands and foot did (the stitches carry their drift and
 * speed) and from the machine's settings and condition, and the remedy.
 */
export function explainProcess(state: SewingProcessState, snapshot: AnyMachineSnapshot): readonly StatusLine[] {
  const c = snapshot.context as SewingContext;
  const st = state.stitches;
  if (state.piece === 'none' || !st.length) return [];
  const drift = Math.max(...st.map((x) => x.driftMm));
  const fastest = Math.max(...st.map((x) => x.spm));
  const lines: StatusLine[] = [
    line(`explain.summary.${state.piece}`, 'info', {
      stitches: st.length,
      reverse: st.filter((x) => x.reverse).length,
      mm: c.stitchMm,
      drift: r1(drift),
      spm: fastest,
    }),
  ];
  // The chart keeps the last seam's flaws after the piece comes off the post (same serial).
  const same = state.serial === c.pieceSerial;
  const flaws = new Set(same ? flawList(c.flaws) : []);
  const t = effectiveTension(c);
  if (flaws.has('threadBreak')) lines.push(line(c.thread !== WORK_TICKET.thread ? 'explain.breakThread' : t >= TENSION_BREAK && c.tension < TENSION_BREAK ? 'explain.breakCaught' : 'explain.breakTension', 'warn', { tension: c.tension }));
  if (flaws.has('skipped')) lines.push(line(c.needleSize !== NEEDLE_LEATHER ? 'explain.skipSize' : 'explain.skipBent', 'warn', { size: c.needleSize }));
  if (flaws.has('loops')) lines.push(line(c.tension < TENSION_LOOSE_BELOW ? 'explain.loopsTension' : 'explain.loopsDiscs', 'warn', { tension: c.tension }));
  if (flaws.has('pucker')) lines.push(line(c.pressure >= PRESSURE_PUCKER ? 'explain.puckerPressure' : 'explain.puckerTension', 'warn', { tension: c.tension, pressure: c.pressure, mm: c.stitchMm }));
  if (flaws.has('stitchLength')) lines.push(line('explain.stitchLength', 'warn', { mm: c.stitchMm, ticket: WORK_TICKET.stitchMm }));
  if (flaws.has('tooFast')) lines.push(line('explain.tooFast', 'warn', { spm: fastest, max: FAST_SPM }));
  if (state.corner !== null) {
    const off = r1(Math.abs(state.corner - (UPPER_LEGS_MM[0] ?? 0)));
    if (off > CORNER_TOL_MM) lines.push(line(c.pivotNeedleUp ? 'explain.cornerNeedleUp' : 'explain.cornerOff', 'warn', { mm: off }));
  } else if (flaws.has('cornerMissed')) lines.push(line('explain.cornerMissed', 'warn'));
  if (flaws.has('offLine')) lines.push(line('explain.offLine', 'warn', { mm: r1(drift) }));
  if (flaws.has('noTackStart')) lines.push(line('explain.noTackStart', 'warn'));
  if (flaws.has('noTackEnd')) lines.push(line('explain.noTackEnd', 'warn'));
  if (flaws.has('unfinished')) lines.push(line('explain.unfinished', 'warn'));
  if (same && state.sent.includes('atEnd') && !flaws.size) lines.push(line('explain.good', 'ok'));
  return lines;
}
