import { useEffect, useState } from 'react';
import { pickCountdown } from '../engine/countdown.ts';
import type { Driveable } from '../engine/driveable.ts';
import type { DrillRun } from '../scenarios/drillRun.ts';
import { formatClock } from './formatClock.ts';
import { useI18n } from '../common/i18n.tsx';

/**
 * The one countdown: whichever deadline comes first (exam time, drill time, a response window),
 * labelled with what it counts down to. Display only; the deadlines themselves live in the engine.
 */
export function Countdown({ run, drill }: { run: Driveable; drill: DrillRun | null }) {
  const { t, tm } = useI18n();
  const { session } = run;
  const [, setTick] = useState(0);
  useEffect(() => session.subscribe(() => setTick((n) => n + 1)), [session]);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), 500);
    return () => window.clearInterval(id);
  }, []);
  const shown = pickCountdown(run.deadlines(), session.clock.now());
  if (!shown) return null;
  const time = formatClock(shown.leftMs);
  const objective = shown.objective === undefined ? undefined : drill?.drill.objectives[shown.objective];
  const fault = objective?.type === 'respondToFault' ? tm(session.module.id, `fault.${objective.fault}`) : '';
  const paused = session.paused() !== null;
  return (
    <p className={`exam-timer countdown-${shown.kind}`} role="timer" aria-live="off" data-testid="countdown" data-countdown={shown.kind} data-left-ms={shown.leftMs}>
      {shown.kind === 'window' ? t('countdown.window', { fault, time }) : t(`countdown.${shown.kind}`, { time })}
      {paused && ` ${t('countdown.paused')}`}
    </p>
  );
}
