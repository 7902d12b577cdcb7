import { Suspense, useEffect, useState } from 'react';
import type { MachineModule } from '../engine/machineModule.ts';
import { forgetFailedModels } from '../scene/modelDownloads.ts';
import { useI18n } from '../common/i18n.tsx';
import { LoadFailure } from './LoadFailure.tsx';
import { RetryBoundary } from './RetryBoundary.tsx';
import { retryableLazy } from './retryableLazy.tsx';
import { webglSupport } from './webgl.ts';
import { stageFailureMessage } from './offline/networkMessage.ts';
import { RetryWhenStored } from './offline/RetryWhenStored.tsx';
import { useOnline } from './offline/useOnline.ts';
import { StageViews } from './schematic/StageViews.tsx';
import { GiveUpWebgl } from './schematic/GiveUpWebgl.tsx';
import { isContextCreationError } from '../scene/contextGone.ts';

// three.js and the models load only when a machine is opened, never for the home screen.
const stagePart = retryableLazy(() => import('../scene/MachineStage.tsx'), { resume: true });
const resetStage = () => {
  stagePart.reset();
  forgetFailedModels();
};

/** The 3D stage (or the 2D drawing), or a clear notice when it cannot be shown; the panel keeps working either way. */
export function StageSlot({ module }: { module: MachineModule }) {
  const { t } = useI18n();
  const webgl = useWebglSupport();
  // The message follows the link: going offline after the failure turns it into "not downloaded".
  const online = useOnline();
  // The 2D drawing instead when there is no WebGL, it fails, or this device chose it.
  const stage = (
    <RetryBoundary
      onReset={resetStage}
      fallback={(error, retry) =>
        isContextCreationError(error) ? (
          <GiveUpWebgl />
        ) : (
        <LoadFailure
          className="stage-notice"
          testId="model-error"
          message={
            <>
              {stageFailureMessage(t, error, online)}{' '}
              {t('machine.modelError.panel')}
              <RetryWhenStored machineId={module.id} retry={retry} />
            </>
          }
          detail={error.message || String(error)}
          onRetry={retry}
        />
        )
      }
    >
      <Suspense fallback={<p className="stage-notice">{t('machine.loading3d')}</p>}>
        <stagePart.Component module={module} />
      </Suspense>
    </RetryBoundary>
  );
  if (webgl === null) return <p className="stage-notice">{t('machine.loading3d')}</p>;
  return <StageViews module={module} webgl={webgl} stage={stage} />;
}

/** null until known (a fraction of a second, while the stage's code is still downloading). */
function useWebglSupport(): boolean | null {
  const [webgl, setWebgl] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    void webglSupport().then((yes) => current && setWebgl(yes));
    return () => {
      current = false;
    };
  }, []);
  return webgl;
}
