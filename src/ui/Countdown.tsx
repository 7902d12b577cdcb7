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
  const shown = pickCountdown(run.deadlines(), session.clock.now());
  const leftMs = shown?.leftMs;
  // Redrawn when the shown second changes, no more often: every repaint over the 3D stage costs the
  // compositor a whole frame, which on a weak tablet is most of an idle exam's CPU.
  useEffect(() => {
    if (leftMs === undefined) return;
    const id = window.setTimeout(() => setTick((n) => n + 1), (leftMs % 1000) + 15);
    return () => window.clearTimeout(id);
  });
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
