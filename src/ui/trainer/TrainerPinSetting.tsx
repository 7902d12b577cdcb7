import { useState } from 'react';
import { useI18n } from '../../common/i18n.tsx';
import { PIN_PATTERN, type PinStore } from './trainerPin.ts';

/** Outside exams the trainer sets (or changes) the device's PIN that locks the panel in exams. */
export function TrainerPinSetting({ pins }: { pins: PinStore }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [result, setResult] = useState<'saved' | 'invalid' | 'failed' | null>(null);
  return (
    <details className="trainer-pin">
      <summary>{pins.isSet() ? t('trainer.changePin') : t('trainer.setPin')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!PIN_PATTERN.test(pin.trim())) return setResult('invalid');
          setResult(pins.set(pin) ? 'saved' : 'failed');
          setPin('');
        }}
      >
        <label>
          {t('trainer.newPin')}
          <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} maxLength={8} onChange={(e) => setPin(e.target.value)} data-testid="trainer-new-pin" />
        </label>
        <button type="submit" data-testid="trainer-save-pin">
          {t('trainer.savePin')}
        </button>
        {result && (
          <p role="status" data-testid="trainer-pin-result">
            {t(`trainer.pin.${result}`)}
          </p>
        )}
      </form>
    </details>
  );
}
