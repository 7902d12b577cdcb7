import { useRef } from 'react';
import type { MachineModule } from '../engine/machineModule.ts';
import { MODES, type Mode } from '../engine/session.ts';
import type { Lang } from '../i18n/catalogue.ts';
import { useI18n } from '../common/i18n.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LearnerPicker } from './LearnerPicker.tsx';

interface HeaderProps {
  module: MachineModule;
  mode: Mode;
  onBack: () => void;
  onLang: (l: Lang) => void;
  onMode: (m: Mode) => void;
  replaying: boolean;
  inDrill: boolean;
  onLongPress: () => void;
}

/** A press on the title held this long opens the trainer panel (a tablet has no URL bar to edit). */
const LONG_PRESS_MS = 900;

/** The machine screen's top bar: back, the machine (long press: trainer), mode, learner, view, language. */
export function Header({ module, mode, onBack, onLang, onMode, replaying, inDrill, onLongPress }: HeaderProps) {
  const { t, tm } = useI18n();
  const timer = useRef(0);
  const start = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(onLongPress, LONG_PRESS_MS);
  };
  const cancel = () => window.clearTimeout(timer.current);
  return (
    <header className="machine-header">
      <button type="button" onClick={onBack} data-testid="back">
        <span aria-hidden="true">←</span> <span className="back-text">{t('machine.back')}</span>
      </button>
      <h1 onPointerDown={start} onPointerUp={cancel} onPointerLeave={cancel} onContextMenu={(e) => e.preventDefault()} data-testid="machine-title">
        {tm(module.id, 'name')}
      </h1>
      {replaying || inDrill ? (
        <span className="mode-badge">{replaying ? t('replay.title') : t(`mode.${mode}`)}</span>
      ) : (
        <label className="mode-select">
          <span className="visually-hidden">{t('mode.label')}</span>
          <select value={mode} onChange={(e) => onMode(e.target.value as Mode)} data-testid="mode-select">
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(`mode.${m}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <LearnerPicker />
      <ResetViewButton />
      <LanguageSwitch onChange={onLang} />
    </header>
  );
}

/** The reset-view signal travels through a tiny event so the header needs no ref into the Canvas. */
function ResetViewButton() {
  const { t } = useI18n();
  return (
    <button type="button" onClick={() => window.dispatchEvent(new Event('gladi:reset-view'))} title={t('machine.resetView')} data-testid="reset-view">
      <span aria-hidden="true">⟲</span> <span className="reset-text">{t('machine.resetView')}</span>
    </button>
  );
}
