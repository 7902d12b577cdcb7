import type { Driveable } from '../driveable.ts';
import type { PauseReason } from '../session.ts';

export type { Driveable } from '../driveable.ts';

export interface RealTimeDriver {
  /** Brings the clock up to real time, or to `at` (an input event's time) if given (call before sending an event). */
  sync(at?: number): void;
  /** Starts the frame loop if a timer or deadline is waiting. */
  kick(): void;
  /** Stops procedure time (logged with why); every control is refused until `resume`. */
  pause(reason: PauseReason): void;
  /** Ends a pause, logging how long it lasted in real time. */
  resume(): void;
  readonly paused: boolean;
  /** The trainee is done (the debrief opens): ends the run at this moment, a pause closed first. */
  end(): void;
  stop(): void;
}

/** Whether the page is hidden, and a way to hear when that changes (the document in the app; fakes in tests). */
export interface Visibility {
  hidden(): boolean;
  onChange(listener: () => void): () => void;
}

export interface Frames {
  request(callback: () => void): number;
  cancel(id: number): void;
}

/** A wake-up after a delay (setTimeout in the app; fakes in tests). */
export interface Timers {
  after(callback: () => void, ms: number): number;
  cancel(id: number): void;
}

export interface DriverOptions {
  /** Real time in ms (performance.now() timebase, like input events' `timeStamp`). */
  readonly now?: () => number;
  readonly visibility?: Visibility | null;
  readonly frames?: Frames;
  readonly timers?: Timers;
}

/**
 * Countdowns on screen show whole seconds, so with nothing moving on its own (no process) the
 * clock wakes when a timer or deadline falls due or a shown second changes, and no more: an exam
 * left idle re-renders once a second (a frame loop would re-render its subscribers 60 times).
 */
export const SECOND_MS = 1000;

/** The next moment anything on screen can change: a timer due, or a countdown's next whole second. */
export const nextWakeMs = (due: readonly number[]): number => Math.max(1, Math.min(SECOND_MS, ...due, ...due.map((ms) => ms % SECOND_MS || SECOND_MS)));

const documentVisibility = (): Visibility | null =>
  typeof document === 'undefined'
    ? null
    : {
        hidden: () => document.visibilityState === 'hidden',
        onChange(listener) {
          document.addEventListener('visibilitychange', listener);
          return () => document.removeEventListener('visibilitychange', listener);
        },
      };

const animationFrames: Frames = { request: (cb) => requestAnimationFrame(cb), cancel: (id) => cancelAnimationFrame(id) };
// Wakes the real-time clock only; procedure time itself still comes from the session's clock.
const browserTimers: Timers = { after: (cb, ms) => window.setTimeout(cb, ms), cancel: (id) => window.clearTimeout(id) };

/**
 * Drives a session's clock from the browser's real time, so session time is the real time of
 * practice: an idle gap of ten minutes moves it ten minutes (timers that fell due in between fire
 * in order, at their own times). It wakes on animation frames while the machine's process is
 * active (work moves on screen), on a timer (nextWakeMs: a countdown's next second, or sooner when one falls due) while only
 * a procedure timer or a deadline is pending, and not at all otherwise: the clock then catches up
 * on the next `sync`, so idle screens cost nothing.
 *
 * Hiding the page (another tab, the screen turned off) pauses the session, so a tablet put away
 * does not run a procedure or an exam clock unseen. Coming back leaves it paused and shown as
 * paused until the trainee taps "continue": they see what happened, and no press or timer
 * continues behind their back. A pause is logged with its reason and its real duration.
 */
export function startRealTimeDriver(target: Driveable, options: DriverOptions = {}): RealTimeDriver {
  const now = options.now ?? (() => performance.now());
  const frames = options.frames ?? animationFrames;
  const timers = options.timers ?? browserTimers;
  const visibility = options.visibility === undefined ? documentVisibility() : options.visibility;
  let last = now();
  /** The pending wake-up: an animation frame while the process runs, else a timer. */
  let frame = 0;
  let frameIsTimer = false;
  let pausedAt: number | null = null;
  let carry = 0;
  // A running process (the knife feeding under a held treadle) moves on its own, like a timer.
  const waiting = () => target.pendingWait() !== null || target.deadlineIn() !== null || target.processActive();
  const isPaused = () => target.session.paused() !== null;
  const sync = (at?: number) => {
    // An input handled late counts at its own time; never before what the clock already passed.
    const t = at === undefined ? now() : Math.max(last, Math.min(at, now()));
    // Whole milliseconds keep logs small and exact; the fraction carries to the next sync.
    const elapsed = t - last + carry;
    const whole = Math.floor(elapsed);
    carry = elapsed - whole;
    if (!isPaused() && whole > 0) target.advance(whole);
    last = t;
  };
  const schedule = (): number => {
    frameIsTimer = !target.processActive();
    if (!frameIsTimer) return frames.request(loop);
    const due = [target.pendingWait(), target.deadlineIn()].filter((ms): ms is number => ms !== null);
    return timers.after(loop, nextWakeMs(due));
  };
  const cancel = () => (frameIsTimer ? timers.cancel(frame) : frames.cancel(frame));
  function loop() {
    sync();
    frame = !waiting() || isPaused() ? 0 : schedule();
  }
  let unlisten: (() => void) | null = null;
  const kick = () => {
    // Listening starts with the first kick (from an effect, not during render) and again after a
    // stop, so a screen mounted twice (React StrictMode) still hears the page being hidden.
    if (!unlisten && visibility) {
      unlisten = visibility.onChange(onVisibility);
      onVisibility();
    }
    // A process that starts between two idle ticks gets its animation frames at once.
    if (frame && frameIsTimer && target.processActive()) {
      cancel();
      frame = 0;
    }
    if (!frame && !isPaused() && waiting()) frame = schedule();
  };
  const pause = (reason: PauseReason) => {
    if (isPaused()) return;
    sync();
    target.pause(reason);
    if (isPaused()) pausedAt = now();
  };
  function onVisibility() {
    if (visibility?.hidden()) pause('hidden');
  }
  const resume = () => {
    if (!isPaused()) return;
    const t = now();
    target.resume(t - (pausedAt ?? t));
    pausedAt = null;
    last = t;
    carry = 0;
    kick();
  };
  const stop = () => {
    cancel();
    frame = 0;
    unlisten?.();
    unlisten = null;
  };
  return {
    sync,
    kick,
    pause,
    resume,
    get paused() {
      return isPaused();
    },
    end() {
      resume();
      sync();
      target.end();
      stop();
    },
    stop,
  };
}
