import type { ContinuousDrag, ContinuousRange } from '../engine/continuous.ts';
import type { ContinuousChannel } from '../common/continuousChannel.ts';

/**
 * The raw value a drag has reached: the value at drag start, moved along the drag's screen axis
 * by `pixelsForRange` pixels per whole range (the sampler rounds and clamps it).
 */
export function dragValue(range: ContinuousRange, drag: ContinuousDrag, startValue: number, dx: number, dy: number): number {
  const along = drag.axis === 'x' ? dx : dy;
  return startValue + (along / drag.pixelsForRange) * (range.max - range.min);
}

export interface DragStart {
  readonly channel: ContinuousChannel;
  readonly drag: ContinuousDrag;
  readonly pointerId: number;
  readonly x: number;
  readonly y: number;
  /** The drag ended (let go, cancelled, a second finger, the page hidden). */
  readonly onEnd: () => void;
  /** A second finger came down on the stage during the drag: it ends the drag and must start nothing itself. */
  readonly onSecondFinger: (pointerId: number) => void;
  /** Whether a pointer came down on the stage (a finger on the panel, say on the treadle's slider, is the other hand). */
  readonly onStage: (target: EventTarget | null) => boolean;
}

/**
 * Follows one pointer on the model from its pointerdown until it lifts: every move goes through
 * the control's sampler, and the end lets go (a treadle springs back to rest at once). A second
 * finger on the stage ends the drag as a release, since two fingers on a model are a camera
 * gesture or a slip; one on the panel is the other hand (the treadle while this one feeds the work). Returns a function that ends it early.
 */
export function followDrag({ channel, drag, pointerId, x, y, onEnd, onSecondFinger, onStage }: DragStart): () => void {
  const startValue = channel.pending() ?? channel.value();
  let over = false;
  const end = (at: number) => {
    if (over) return;
    over = true;
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', up);
    window.removeEventListener('pointerdown', second, true);
    window.removeEventListener('visibilitychange', hidden, true);
    window.removeEventListener('blur', left);
    window.removeEventListener('mousedown', keepFocus, true);
    channel.release(at);
    onEnd();
  };
  function move(ev: PointerEvent) {
    if (ev.pointerId === pointerId) channel.move(dragValue(channel.range, drag, startValue, ev.clientX - x, ev.clientY - y), ev.timeStamp);
  }
  function up(ev: PointerEvent) {
    if (ev.pointerId === pointerId) end(ev.timeStamp);
  }
  // Capture phase on the window: heard before the stage's own handlers see the finger.
  function second(ev: PointerEvent) {
    if (ev.pointerId === pointerId || !onStage(ev.target)) return;
    // Reported first, so the camera is still held when the drag's own end would free it.
    onSecondFinger(ev.pointerId);
    end(ev.timeStamp);
  }
  // Before the session pauses for the hidden page (its listener is on the document, after this one).
  function hidden(ev: Event) {
    if (document.visibilityState === 'hidden') end(ev.timeStamp);
  }
  // The window lost focus (another app in front): its pointer may never come back up here.
  function left(ev: FocusEvent) {
    end(ev.timeStamp);
  }
  // A mouse drag on the model leaves the focus where it was: a treadle pressed with the arrow keys
  // in the panel stays pressed while the mouse feeds the work (a blur would let go of it).
  function keepFocus(ev: MouseEvent) {
    ev.preventDefault();
  }
  window.addEventListener('mousedown', keepFocus, true);
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', up);
  window.addEventListener('pointerdown', second, true);
  window.addEventListener('visibilitychange', hidden, true);
  window.addEventListener('blur', left);
  return () => end(performance.now());
}
