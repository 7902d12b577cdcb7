import { Component, lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { MachineModule } from '../engine/machineModule.ts';
import { useI18n } from './i18n.tsx';
import { hasWebGL } from './webgl.ts';

// three.js and the models load only when a machine is opened, never for the home screen.
const MachineStage = lazy(() => import('../scene/MachineStage.tsx'));

/** The 3D stage, or a clear notice when it cannot be shown; the panel keeps working either way. */
export function StageSlot({ module }: { module: MachineModule }) {
  const { t } = useI18n();
  const webgl = useMemo(() => hasWebGL(), []);
  if (!webgl) {
    return (
      <p className="notice warn stage-notice" role="alert" data-testid="no-webgl">
        {t('machine.noWebgl')}
      </p>
    );
  }
  return (
    <StageErrorBoundary render={(detail) => t('machine.modelError', { url: module.modelUrl, detail })}>
      <Suspense fallback={<p className="stage-notice">{t('machine.loading3d')}</p>}>
        <MachineStage module={module} />
      </Suspense>
    </StageErrorBoundary>
  );
}

class StageErrorBoundary extends Component<{ render: (detail: string) => string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error) {
    // Kept in the console for support; the artisan sees the plain message below.
    console.warn('3D stage failed:', error);
  }
  override render() {
    if (this.state.error) {
      return (
        <p className="notice warn stage-notice" role="alert" data-testid="model-error">
          {this.props.render(this.state.error.message || String(this.state.error))}
        </p>
      );
    }
    return this.props.children;
  }
}
