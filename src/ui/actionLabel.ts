import type { LogEntry } from '../engine/session.ts';
import { formatClock } from './formatClock.ts';
import { valueLabel, type I18n } from '../common/i18n.tsx';

/** One log entry in words, for the debrief timeline. */
export function actionLabel(i18n: I18n, machineId: string, e: LogEntry): string {
  if (e.kind === 'hint') return i18n.t('timeline.hint');
  if (e.kind === 'skip') return i18n.t('timeline.skip', { s: Math.round(e.ms / 1000) });
  if (e.kind === 'pause') return i18n.t(`timeline.pause.${e.reason}`);
  if (e.kind === 'resume') return i18n.t('timeline.resume', { time: formatClock(e.pausedMs) });
  if (e.kind === 'end') return i18n.t('timeline.end');
  const ev = e.event;
  if (ev.type === 'fault.inject') return i18n.t('timeline.fault', { fault: i18n.tm(machineId, `fault.${ev.fault}`) });
  const control = i18n.tm(machineId, `control.${ev.control}`);
  if (ev.type === 'user.set') return `${control}: ${valueLabel(i18n, machineId, ev.control, ev.value)}`;
  if (ev.type === 'user.release') return `${control}: ${i18n.t('timeline.release')}`;
  if (ev.type === 'user.inspect') return control;
  return `${control}: ${i18n.t('timeline.press')}`;
}
