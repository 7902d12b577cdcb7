import { useState } from 'react';
import { useI18n } from '../../common/i18n.tsx';
import type { PinStore } from './trainerPin.ts';

/** After this many wrong PINs the panel stays locked for this session (a trainee guessing). */
const MAX_TRIES = 5;

/** In an exam the trainer panel opens only with the trainer's PIN, set on this device beforehand. */
export function TrainerUnlock({ pins, onUnlock, onCancel }: { pins: PinStore; onUnlock: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(0);
  const locked = wrong >= MAX_TRIES;
  if (!pins.isSet()) {
    return (
      <section className="trainer-unlock" data-testid="trainer-unlock" aria-label={t('trainer.unlockTitle')}>
        <p role="alert">{t('trainer.noPin')}</p>
        <button type="button" onClick={onCancel}>
          {t('machine.close')}
        </button>
      </section>
    );
  }
  return (
    <form
      className="trainer-unlock"
      data-testid="trainer-unlock"
      aria-label={t('trainer.unlockTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (locked) return;
        if (pins.check(pin)) onUnlock();
        else {
          setWrong((n) => n + 1);
          setPin('');
        }
      }}
    >
      <label>
        {t('trainer.enterPin')}
        <input type="password" inputMode="numeric" autoComplete="off" value={pin} maxLength={8} disabled={locked} onChange={(e) => setPin(e.target.value)} data-testid="trainer-pin" />
      </label>
      <button type="submit" disabled={locked} data-testid="trainer-pin-submit">
        {t('trainer.unlock')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('machine.close')}
      </button>
      {wrong > 0 && (
        <p role="alert" data-testid="trainer-pin-wrong">
          {locked ? t('trainer.pinLocked') : t('trainer.pinWrong', { left: MAX_TRIES - wrong })}
        </p>
      )}
    </form>
  );
}
