import { useState } from 'react';
import type { RealTimeDriver, Driveable } from '../engine/react/realTimeDriver.ts';
import { useSessionHandle, useSessionSelector } from '../engine/react/SessionContext.tsx';
import { formatClock } from './formatClock.ts';
import { useI18n } from '../common/i18n.tsx';
import { TrainerPinSetting } from './trainer/TrainerPinSetting.tsx';
import { LrsSettingsForm } from './trainer/LrsSettingsForm.tsx';
import type { PinStore } from './trainer/trainerPin.ts';

interface Injection {
  readonly fault: string;
  readonly accepted: boolean;
  readonly t: number;
}

interface Props {
  run: Driveable;
  driver: RealTimeDriver;
  onRestart: () => void;
  /** Back to the trainee's view: the panel and its fault buttons disappear. */
  onHide: () => void;
  /** Present outside exams: the trainer sets the device's PIN here. */
  pins?: PinStore | undefined;
}

/** The trainer's view (?trainer=1 or a long-press on the title; PIN in exams): live faults, pause, restart. */
export function TrainerPanel({ run, driver, onRestart, onHide, pins }: Props) {
  const { module, session } = useSessionHandle();
  const { t, tm } = useI18n();
  // Paused for any reason (also a hidden tab): the session says so, and the button resumes it.
  const paused = useSessionSelector((s) => s.paused() !== null);
  const [last, setLast] = useState<Injection | null>(null);
  const inject = (faultId: string) => {
    driver.sync();
    const fault = module.faults.find((f) => f.id === faultId);
    if (!fault) return;
    const accepted = 'inject' in run && typeof run.inject === 'function' ? (run.inject as (id: string) => boolean)(faultId) : run.send(fault.event, 'trainer');
    driver.kick();
    // The injection is in the session log either way (by: trainer); this tells the trainer it took.
    setLast({ fault: faultId, accepted, t: session.clock.now() });
  };
  return (
    <section className="trainer-panel" aria-label={t('trainer.title')} data-testid="trainer-panel">
      <div className="trainer-head">
        <h2>{t('trainer.title')}</h2>
        <button type="button" onClick={onHide} data-testid="trainer-hide">
          {t('trainer.hide')}
        </button>
      </div>
      <div className="trainer-actions">
        <button
          type="button"
          onClick={() => (paused ? driver.resume() : driver.pause('trainer'))}
          data-testid="trainer-pause"
          aria-pressed={paused}
        >
          {paused ? `▶ ${t('trainer.resume')}` : `‖ ${t('trainer.pause')}`}
        </button>
        <button type="button" onClick={onRestart} data-testid="trainer-restart">
          ↺ {t('trainer.restart')}
        </button>
      </div>
      <p className="control-label">{t('trainer.inject')}</p>
      <ul className="fault-list">
        {module.faults.map((f) => (
          <li key={f.id}>
            <button type="button" onClick={() => inject(f.id)} data-inject-fault={f.id} title={tm(module.id, `fault.${f.id}.desc`)}>
              ⚠ {tm(module.id, `fault.${f.id}`)}
            </button>
          </li>
        ))}
      </ul>
      <p className="trainer-confirm" role="status" aria-live="polite" data-testid="trainer-confirm" data-accepted={last ? String(last.accepted) : ''}>
        {last && t(last.accepted ? 'trainer.injected' : 'trainer.injectRefused', { fault: tm(module.id, `fault.${last.fault}`), time: formatClock(last.t) })}
      </p>
      {pins && <TrainerPinSetting pins={pins} />}
      {pins && <LrsSettingsForm />}
    </section>
  );
}
