import type { AnyMachineSnapshot } from 'xstate';
import type { StatusLine } from '../../engine/machineModule.ts';
import { statusLine as line } from '../../engine/statusLine.ts';
import { TRANSFER_WINDOW_MS } from './constants.ts';
import type { CounterMoulderContext } from './chart/types.ts';

/**
 * The debrief's lines about the back part: what came out of the last moulding and every reason
 * for it (the settings and the timing of the hands), read from the final snapshot. The machine
 * has no continuous process; the engine hands this its (empty) process state.
 */
export function explainBackPart(_state: unknown, snapshot: AnyMachineSnapshot): readonly StatusLine[] {
  const c = snapshot.context as CounterMoulderContext;
  const r = c.lastResult;
  if (!r) return [line('explain.notMoulded')];
  const lines: StatusLine[] = [line(`explain.outcome.${r.outcome}`, r.outcome === 'good' ? 'ok' : 'warn')];
  for (const cause of r.causes) lines.push(line(`cause.${cause}`, 'warn'));
  if (!r.causes.includes('transferSlow')) lines.push(line('explain.transferInTime', 'ok', { seconds: TRANSFER_WINDOW_MS / 1000 }));
  if (c.goodBackParts + c.defectBackParts > 0) lines.push(line('explain.counts', 'info', { good: c.goodBackParts, defect: c.defectBackParts }));
  return lines;
}
