import type { ComponentType } from 'react';
import type { TargetLimits } from './cameraLimits.ts';

/** What a machine folder's `view.tsx` default-exports: its 3D view and where the camera starts. */
export interface MachineView {
  readonly View: ComponentType;
  /** Initial camera: position and the point it looks at, metres in the model frame. */
  readonly camera: {
    readonly position: readonly [number, number, number];
    readonly target: readonly [number, number, number];
    /** Farthest the orbit may zoom out, metres (default 4.5: a bench machine); a large machine needs more. */
    readonly maxDistance?: number;
    /** Where the orbit target may go (default: a bench machine's box, cameraLimits.ts); a large machine needs more. */
    readonly targetLimits?: TargetLimits;
  };
}
