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
import { clampTarget } from './cameraLimits.ts';
import { useModelDownload } from './useMachineModel.ts';

/** The one Canvas: a workshop floor, lights, the machine, and a camera that cannot lose it. */
export default function MachineStage({ module }: { module: MachineModule }) {
  // Suspends (the stage slot shows "loading 3D") until this machine's view chunk is here.
  const { View, camera } = use(machineView(module.id));
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
  const loading = (
    <ScreenHtml>
      <p className="stage-loading" role="status">
        {t('machine.loading3d')}
      </p>
    </ScreenHtml>
  );
  return (
    <div className="canvas-wrap" data-testid="stage" data-stage-ready={ready ? 'true' : 'false'} data-context-lost={contextLost ? 'true' : 'false'}>
      {contextLost && (
        <p className="notice stage-notice context-lost" role="status" data-testid="context-lost">
          {t('machine.contextLost')}
        </p>
      )}
      <Canvas
        frameloop="demand"
        dpr={[1, 1.5]}
        camera={{ position: [...camera.position], fov: 42, near: 0.05, far: 40 }}
        gl={{ antialias: true, preserveDrawingBuffer: true }}
        onCreated={() => setReady(true)}
      >
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
        <AutomationHook />
        <CameraFocus />
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
          maxDistance={4.5}
          minPolarAngle={0.15}
          maxPolarAngle={Math.PI * 0.49}
          onChange={(e) => e && clampTarget(e.target.target)}
        />
      </Canvas>
    </div>
  );
}
