import { useEffect, useState } from 'react';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { formatClock } from './formatClock.ts';
import { useI18n } from './i18n.tsx';

/** Time left in an exam, read from the session clock (display only; the limit itself lives in the engine). */
export function ExamTimer({ limitMs }: { limitMs: number }) {
  const { session } = useSessionHandle();
  const { t } = useI18n();
  const [now, setNow] = useState(session.clock.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(session.clock.now()), 500);
    return () => window.clearInterval(id);
  }, [session]);
  return (
    <p className="exam-timer" role="timer" aria-live="off">
      {t('exam.timeLeft', { time: formatClock(Math.max(0, limitMs - now)) })}
    </p>
  );
}
