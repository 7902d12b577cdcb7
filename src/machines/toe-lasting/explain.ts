import type { SnapshotFrom } from 'xstate';
import type { StatusLine } from '../../engine/machineModule.ts';
import { statusLine as line } from '../../engine/statusLine.ts';
import type { ToeLastingMachine } from './machine.ts';

/**
 * The debrief's lines about the work: every toe lasted in this session, what it came out as and
 * why (from the settings and the alignment it was lasted with), in order.
 */
export function explainToes(_state: unknown, s: SnapshotFrom<ToeLastingMachine>): readonly StatusLine[] {
  const toes = s.context.toes;
  if (toes.length === 0) return [line('debrief.noToe')];
  return toes.map((t, i) =>
    line(`debrief.${t.cause}`, t.outcome === 'good' ? 'ok' : 'warn', { n: i + 1, mm: Math.abs(t.offsetMm) }),
  );
}
