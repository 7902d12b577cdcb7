import type { MachineSummary } from './catalogueTypes.ts';
import { clickingPressSummary } from './clicking-press/summary.ts';
import { solePressSummary } from './sole-press/summary.ts';

/**
 * The machines as the home screen lists them. Light on purpose: the statecharts, texts and 3D
 * load only when a machine is opened. A test keeps this list equal to `machineModules`.
 */
export const machineCatalogue: readonly MachineSummary[] = [clickingPressSummary, solePressSummary];

export const isKnownMachine = (id: string | null | undefined): boolean => machineCatalogue.some((m) => m.id === id);
