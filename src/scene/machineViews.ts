import type { ComponentType } from 'react';
import { ClickingPressView } from '../machines/clicking-press/View.tsx';
import { SolePressView } from '../machines/sole-press/View.tsx';

export interface MachineViewEntry {
  readonly View: ComponentType;
  /** Initial camera: position and the point it looks at, metres in the model frame. */
  readonly camera: { readonly position: readonly [number, number, number]; readonly target: readonly [number, number, number] };
}

/** 3D views by machine id; they load with the stage chunk, never with the home screen. */
export const machineViews: Readonly<Record<string, MachineViewEntry>> = {
  'clicking-press': { View: ClickingPressView, camera: { position: [1.3, 1.75, 1.9], target: [0, 0.85, -0.4] } },
  // Press (x 0) and reactivator (x -0.75) side by side, seen from the operator's right front.
  'sole-press': { View: SolePressView, camera: { position: [0.3, 1.8, 1.65], target: [-0.4, 0.66, -0.25] } },
};
