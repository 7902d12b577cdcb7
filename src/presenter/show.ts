import type { Command } from './protocol.ts';

/** Seconds each stop stays on screen in timer mode before the show moves on [I] (a trainer's pace, easy to change). */
export const TIMER_STOP_MS = 12_000;

/** Where a workshop show is: the playlist, the machine and stop shown, and how. Pure data. */
export interface Show {
  readonly playlist: readonly string[];
  readonly machineIndex: number;
  /** 0…stops of the current tour; `END` before the tour is known means "its last position". */
  readonly position: number;
  readonly blank: boolean;
  readonly timer: boolean;
  /** How long each stop stays on screen in timer mode. */
  readonly paceMs: number;
  /** The presenter took over: clicks on the model go to the session, real time runs. */
  readonly live: boolean;
  /** Bumped by "repeat" and "mistake", so the screen redoes the stop even at the same position. */
  readonly replays: number;
  readonly mistakes: number;
  readonly left: boolean;
}

/** Stands for "the last position" of a tour not yet loaded (going back into the previous machine). */
export const END = Number.MAX_SAFE_INTEGER;

/** A show at its first stop; with a pace (seconds) it starts in timer mode at that pace. */
export const startShow = (playlist: readonly string[], paceSeconds: number | null = null): Show => ({
  playlist,
  machineIndex: 0,
  position: 0,
  blank: false,
  timer: paceSeconds !== null,
  paceMs: paceSeconds === null ? TIMER_STOP_MS : paceSeconds * 1000,
  live: false,
  replays: 0,
  mistakes: 0,
  left: false,
});

/**
 * What a command does to the show, given the current tour's stop count. Moving on from the end
 * of a tour opens the next machine of the playlist at its start; back from the start of one
 * returns to the end of the previous. Moving leaves live mode (the tour takes the session back).
 */
export function applyCommand(show: Show, command: Command, stops: number): Show {
  const position = Math.min(show.position, stops);
  switch (command) {
    case 'next':
      if (position < stops) return { ...show, position: position + 1, live: false };
      if (show.machineIndex < show.playlist.length - 1) return { ...show, machineIndex: show.machineIndex + 1, position: 0, live: false };
      return { ...show, position, timer: false };
    case 'prev':
      if (position > 0) return { ...show, position: position - 1, live: false };
      if (show.machineIndex > 0) return { ...show, machineIndex: show.machineIndex - 1, position: END, live: false };
      return { ...show, position };
    case 'repeat':
      return { ...show, position, live: false, replays: show.replays + 1 };
    case 'blank':
      return { ...show, blank: !show.blank };
    case 'timer':
      return { ...show, timer: !show.timer };
    case 'mistake':
      return { ...show, position, live: true, mistakes: show.mistakes + 1 };
    case 'live':
      return { ...show, position, live: !show.live };
    case 'leave':
      return { ...show, left: true, timer: false };
  }
}

/** The show once the current tour is known: an `END` position becomes that tour's last one. */
export const settle = (show: Show, stops: number): Show => (show.position > stops ? { ...show, position: stops } : show);
