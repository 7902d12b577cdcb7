import { useMemo, useState } from 'react';
import type { Mode } from '../../engine/session.ts';
import { pinStore, type PinStore } from './trainerPin.ts';

export type TrainerView = 'closed' | 'unlocking' | 'open';

export interface TrainerViewState {
  readonly view: TrainerView;
  readonly pins: PinStore;
  /** The long-press on the title: opens (through the PIN in an exam) or closes the trainer's view. */
  toggle(): void;
  unlock(): void;
  close(): void;
}

/**
 * Whether the trainer's view (faults, pause, restart) is showing. In an exam it opens only through
 * the device's trainer PIN, `?trainer=1` included: a trainee must not pause or steer their own exam.
 */
export function useTrainerView(mode: Mode, requested: boolean): TrainerViewState {
  const pins = useMemo(() => pinStore(), []);
  const locked = mode === 'exam';
  const [view, setView] = useState<TrainerView>(requested ? (locked ? 'unlocking' : 'open') : 'closed');
  return {
    view,
    pins,
    toggle: () => setView((v) => (v !== 'closed' ? 'closed' : locked ? 'unlocking' : 'open')),
    unlock: () => setView('open'),
    close: () => setView('closed'),
  };
}
