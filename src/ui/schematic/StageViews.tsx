import { Suspense, useState, type ReactNode } from 'react';
import './schematic.css';
import type { MachineModule } from '../../engine/machineModule.ts';
import { useI18n } from '../../common/i18n.tsx';
import { LoadFailure } from '../LoadFailure.tsx';
import { RetryBoundary } from '../RetryBoundary.tsx';
import { SchematicView } from './SchematicView.tsx';
import { useWebglGone } from './useWebglGone.ts';
import { readViewChoice, saveViewChoice, type ViewKind } from './viewChoice.ts';

/**
 * The stage's choice between the 3D model and the 2D drawing. 2D by itself when the browser has
 * no WebGL (or `?webgl=off`), when the 3D view could not be created, or when a lost context did not
 * come back; otherwise as this device last chose ("Tampilan 2D / 3D"). Only the stage changes:
 * the session, the panel and the hints live above it and go on.
 */
export function StageViews({ module, webgl, stage }: { module: MachineModule; webgl: boolean; stage: ReactNode }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<ViewKind>(() => readViewChoice() ?? '3d');
  const { gone, clear } = useWebglGone();
  const shown: ViewKind = !webgl || gone || choice === '2d' ? '2d' : '3d';
  const choose = (kind: ViewKind) => {
    saveViewChoice(kind);
    setChoice(kind);
    if (kind === '3d') clear();
  };
  const chooser = webgl && (
    <div className="view-choice" role="group" aria-label={t('view.choice')} data-testid="view-choice" data-view={shown}>
      {(['3d', '2d'] as const).map((kind) => (
        <button key={kind} type="button" aria-pressed={shown === kind} title={t(`view.${kind}.long`)} aria-label={t(`view.${kind}.long`)} data-view-kind={kind} onClick={() => choose(kind)}>
          {t(`view.${kind}`)}
        </button>
      ))}
    </div>
  );
  if (shown === '3d')
    return (
      <>
        {stage}
        {chooser}
      </>
    );
  const notice = !webgl ? t('view.noWebgl') : gone === 'lost' ? t('view.contextGone') : gone === 'create' ? t('view.createFailed') : null;
  return (
    <div className="schematic-stage" data-testid="stage-2d">
      {(notice || chooser) && (
        <div className="schematic-bar">
          {notice && (
            <p className="notice warn" role="alert" data-testid={!webgl ? 'no-webgl' : 'webgl-gone'}>
              {notice}
            </p>
          )}
          {chooser}
        </div>
      )}
      <RetryBoundary
        onReset={() => undefined}
        fallback={(error, retry) => (
          <LoadFailure className="stage-notice" testId="schematic-error" message={t('load.failed', { part: t('load.part.schematic') })} detail={error.message || String(error)} onRetry={retry} />
        )}
      >
        <Suspense fallback={<p className="stage-notice">{t('view.loading2d')}</p>}>
          <SchematicView module={module} />
        </Suspense>
      </RetryBoundary>
    </div>
  );
}
