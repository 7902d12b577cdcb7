import { Canvas } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { ScreenHtml } from './ScreenHtml.tsx';
import { Suspense, use, useEffect, useRef, useState } from 'react';
import { useI18n } from '../common/i18n.tsx';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { MachineModule } from '../engine/machineModule.ts';
import { machineView } from './machineViews.ts';
import { PickingProvider, PickPopover } from './Picking.tsx';
import { Workshop } from './Workshop.tsx';
import { AutomationHook } from './AutomationHook.tsx';
import { ContextLossWatcher } from './ContextLossWatcher.tsx';
import { HintMarkers } from './HintMarkers.tsx';
import { CameraFocus } from './CameraFocus.tsx';
import { clampTarget, TARGET_LIMITS } from './cameraLimits.ts';
import { useModelDownload } from './useMachineModel.ts';
import { ReleaseGpuOnUnmount } from './ReleaseGpuOnUnmount.tsx';
import { FrameJudge } from './quality/FrameJudge.tsx';
import { antialiasFor, dprFor, levelOf, type QualitySetting } from './quality/qualityPolicy.ts';
import { useQuality } from './quality/qualityStore.ts';
import { QualitySelect } from './quality/QualitySelect.tsx';

/** The renderer's fixed settings for a choice (antialias is fixed when the context is made). */
const contextFor = (q: QualitySetting) => ({ choice: q.choice, antialias: antialiasFor(levelOf(q)) });
/** How far a trainee may zoom out, unless the machine view says otherwise (a bench machine fills the view at this). */
const DEFAULT_MAX_DISTANCE_M = 4.5;

/** The one Canvas: a workshop floor, lights, the machine, and a camera that cannot lose it. */
export default function MachineStage({ module }: { module: MachineModule }) {
  // Suspends (the stage slot shows "loading 3D") until this machine's view chunk is here.
  const { View, camera } = use(machineView(module.id));
  const limits = camera.targetLimits ?? TARGET_LIMITS;
  const controls = useRef<OrbitControlsImpl | null>(null);
  const [ready, setReady] = useState(false);
  const [contextLost, setContextLost] = useState(false);
  useEffect(() => {
    const reset = () => controls.current?.reset();
    window.addEventListener('gladi:reset-view', reset);
    return () => window.removeEventListener('gladi:reset-view', reset);
  }, []);
  const { t } = useI18n();
  const modelLoaded = useModelDownload(module.modelUrl);
  const quality = useQuality();
  const level = levelOf(quality);
  // A level found slow mid-session lowers the pixel ratio at once and antialiasing from the next
  // open; a level the user picks makes a new context (the Canvas remounts, the session stays).
  const [context, setContext] = useState(() => contextFor(quality));
  if (context.choice !== quality.choice) {
    setContext(contextFor(quality));
    setReady(false);
  }
  const loading = (
    <ScreenHtml>
      <p className="stage-loading" role="status">
        {t('machine.loading3d')}
      </p>
    </ScreenHtml>
  );
  return (
    <div className="canvas-wrap" data-testid="stage" data-stage-ready={ready ? 'true' : 'false'} data-context-lost={contextLost ? 'true' : 'false'}>
      <QualitySelect />
      {contextLost && (
        <p className="notice stage-notice context-lost" role="status" data-testid="context-lost">
          {t('machine.contextLost')}
        </p>
      )}
      <Canvas
        key={context.choice}
        frameloop="demand"
        dpr={dprFor(level, window.devicePixelRatio)}
        camera={{ position: [...camera.position], fov: 42, near: 0.05, far: 40 }}
        // No preserveDrawingBuffer (it costs a copy per frame): screenshots render and read in one task.
        gl={{ antialias: context.antialias }}
        onCreated={() => setReady(true)}
      >
        <ReleaseGpuOnUnmount />
        {quality.choice === 'auto' && <FrameJudge level={level} />}
        <PickingProvider>
          <Workshop />
          {/* The model file loads inside the Canvas; say so instead of showing an empty room. */}
          {modelLoaded ? (
            <Suspense fallback={loading}>
              <View />
            </Suspense>
          ) : (
            loading
          )}
          <PickPopover />
          <HintMarkers />
        </PickingProvider>
        <AutomationHook limits={limits} />
        <CameraFocus limits={limits} />
        <ContextLossWatcher onLostChange={setContextLost} />
        <OrbitControls
          ref={(c) => {
            if (c && controls.current !== c) {
              controls.current = c;
              c.target.set(...camera.target);
              c.update();
              c.saveState();
            }
          }}
          makeDefault
          enableDamping={false}
          minDistance={0.7}
          maxDistance={camera.maxDistance ?? DEFAULT_MAX_DISTANCE_M}
          minPolarAngle={0.15}
          maxPolarAngle={Math.PI * 0.49}
          onChange={(e) => e && clampTarget(e.target.target, limits)}
        />
      </Canvas>
    </div>
  );
}
