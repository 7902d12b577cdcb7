import { useState } from 'react';
import type { Lang } from '../i18n/catalogue.ts';
import type { MachineModule } from '../engine/machineModule.ts';
import type { Mode } from '../engine/session.ts';
import { SessionContext, useMachineSelector } from '../engine/react/SessionContext.tsx';
import { useLiveSession } from '../engine/react/useLiveSession.ts';
import { ControlPanel } from './ControlPanel.tsx';
import { useI18n } from './i18n.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { StageSlot } from './StageSlot.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useTwoHandKeys } from './useTwoHandKeys.ts';

interface Props {
  module: MachineModule;
  mode: Mode;
  modeNotice: string | null;
  onBack: () => void;
  onLang: (lang: Lang) => void;
}

/** One machine: the 3D stage beside the control panel, over one live session. */
export function MachineScreen({ module, mode, modeNotice, onBack, onLang }: Props) {
  const { t, tm } = useI18n();
  const { handle, lastSent } = useLiveSession(module, mode);
  const [viewResets, setViewResets] = useState(0);
  useTwoHandKeys(handle);
  return (
    <SessionContext.Provider value={handle}>
      <MachineRoot machineId={module.id} mode={mode}>
        <header className="machine-header">
          <button type="button" onClick={onBack} data-testid="back">
            ← {t('machine.back')}
          </button>
          <h1>{tm(module.id, 'name')}</h1>
          <span className="mode-badge">{t(`mode.${mode}`)}</span>
          <button type="button" onClick={() => setViewResets((n) => n + 1)} data-testid="reset-view">
            {t('machine.resetView')}
          </button>
          <LanguageSwitch onChange={onLang} />
        </header>
        {modeNotice && (
          <p className="notice warn" role="alert">
            {modeNotice}
          </p>
        )}
        <div className="machine-layout">
          <section className="stage" aria-label={tm(module.id, 'name')}>
            <StageSlot module={module} viewResets={viewResets} />
          </section>
          <aside className="side-panel">
            <StatusBar lastSent={lastSent} />
            <ControlPanel />
          </aside>
        </div>
      </MachineRoot>
    </SessionContext.Provider>
  );
}

/** The automation/support hooks: these attributes always mirror the running chart. */
function MachineRoot({ machineId, mode, children }: { machineId: string; mode: Mode; children: React.ReactNode }) {
  const value = useMachineSelector((s) => JSON.stringify(s.value));
  const tags = useMachineSelector((s) => [...s.tags].sort().join(' '));
  return (
    <div className="machine-screen" data-machine={machineId} data-state={value} data-tags={tags} data-mode={mode}>
      {children}
    </div>
  );
}
