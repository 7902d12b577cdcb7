import type { ReactNode } from 'react';
import type { Command } from '../../presenter/protocol.ts';
import { useI18n } from '../../common/i18n.tsx';

/** Where the show is, as far as the buttons need to know. */
export interface ControlsState {
  readonly position: number;
  readonly stops: number;
  readonly blank: boolean;
  readonly timer: boolean;
  readonly live: boolean;
  readonly first: boolean;
  readonly last: boolean;
}

/** The presenter's buttons (the same commands as the keys and the clicker), in both windows. */
export function ShowControls({ state, onCommand, children }: { state: ControlsState; onCommand: (c: Command) => void; children?: ReactNode }) {
  const { t } = useI18n();
  const button = (command: Command, label: string, extra: { disabled?: boolean; pressed?: boolean } = {}) => (
    <button
      type="button"
      onClick={() => onCommand(command)}
      data-testid={`present-${command}`}
      disabled={extra.disabled}
      aria-pressed={extra.pressed}
    >
      {label}
    </button>
  );
  return (
    <nav className="show-controls" aria-label={t('present.controls')}>
      {button('prev', `◀ ${t('present.prev')}`, { disabled: state.first && state.position === 0 })}
      {button('next', `${t('present.next')} ▶`, { disabled: state.last && state.position >= state.stops })}
      {button('repeat', t('present.repeat'))}
      {button('mistake', t('present.mistake'), { disabled: state.position >= state.stops })}
      {button('live', state.live ? t('present.backToTour') : t('present.live'), { pressed: state.live })}
      {button('timer', state.timer ? t('present.timerOn') : t('present.timer'), { pressed: state.timer })}
      {button('blank', t('present.blank'), { pressed: state.blank })}
      {children}
      {button('leave', t('present.leave'))}
    </nav>
  );
}
