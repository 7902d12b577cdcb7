import type { AnyMachineSnapshot } from 'xstate';
import type { MachineModule, StatusLine, Tone } from '../engine/machineModule.ts';
import type { Session } from '../engine/session.ts';

const TONES: readonly unknown[] = ['info', 'ok', 'warn', 'danger'] satisfies Tone[];

const isParams = (p: unknown): boolean =>
  p === undefined || (typeof p === 'object' && p !== null && Object.values(p).every((v) => typeof v === 'string' || typeof v === 'number'));

const isStatusLine = (l: unknown): l is StatusLine =>
  typeof l === 'object' && l !== null && 'key' in l && typeof l.key === 'string' && 'tone' in l && TONES.includes(l.tone) && isParams('params' in l ? l.params : undefined);

/**
 * What the machine says about the continuous work of this run (the skive's width and thickness
 * along the edge, a cut-through): `module.explainProcess(session.process(), snapshot)`, for a
 * machine that has a process and explains it, else nothing. Found by feature, not by type, so the
 * debrief works with engines and machines that have neither (and shows nothing it cannot read).
 */
export function handworkLines(module: MachineModule, session: Session, snapshot: AnyMachineSnapshot): readonly StatusLine[] {
  if (!('explainProcess' in module) || !('process' in session)) return [];
  const explain = module.explainProcess;
  const processState = session.process;
  if (typeof explain !== 'function' || typeof processState !== 'function') return [];
  const lines: unknown = explain.call(module, processState.call(session), snapshot);
  const list: readonly unknown[] = Array.isArray(lines) ? lines : [];
  return list.filter(isStatusLine);
}
