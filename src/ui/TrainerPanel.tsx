import type { RealTimeDriver, Driveable } from '../engine/react/realTimeDriver.ts';
import { useSessionHandle, useSessionSelector } from '../engine/react/SessionContext.tsx';
import { useI18n } from './i18n.tsx';

/** Hidden from artisans (?trainer=1 or a long-press on the title): live faults, pause, restart. */
export function TrainerPanel({ run, driver, onRestart }: { run: Driveable; driver: RealTimeDriver; onRestart: () => void }) {
  const { module } = useSessionHandle();
  const { t, tm } = useI18n();
  // Paused for any reason (also a hidden tab): the session says so, and the button resumes it.
  const paused = useSessionSelector((s) => s.paused() !== null);
  const inject = (faultId: string) => {
    driver.sync();
    const fault = module.faults.find((f) => f.id === faultId);
    if (!fault) return;
    if ('inject' in run && typeof run.inject === 'function') (run.inject as (id: string) => boolean)(faultId);
    else run.send(fault.event, 'trainer');
    driver.kick();
  };
  return (
    <section className="trainer-panel" aria-label={t('trainer.title')} data-testid="trainer-panel">
      <h2>{t('trainer.title')}</h2>
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
    </section>
  );
}
