/**
 * How the stage is being presented (projector mode): which model node the camera should look at,
 * and whether the projector look is on. A tiny store with no three in it, so the HTML side (the
 * presenter screen) can set it and the stage, loaded later or not at all, reads it when it mounts.
 */
export interface Presentation {
  /** glTF node the camera turns to (null: leave the camera where the user put it). */
  readonly focus: string | null;
  /** Bumped on every focus request, so asking for the same node again re-centres it. */
  readonly focusSeq: number;
  readonly projector: boolean;
}

let current: Presentation = { focus: null, focusSeq: 0, projector: false };
const listeners = new Set<() => void>();

export const presentation = (): Presentation => current;

export function subscribePresentation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: Presentation) {
  current = next;
  listeners.forEach((l) => l());
}

/** Turns the camera to `node` (smoothly, on the stage's own frames). */
export const focusNode = (node: string | null): void => set({ ...current, focus: node, focusSeq: current.focusSeq + 1 });

export const setProjectorLook = (on: boolean): void => {
  if (current.projector !== on) set({ ...current, projector: on });
};

/** Back to the ordinary stage (leaving presenter mode). */
export const resetPresentation = (): void => set({ focus: null, focusSeq: current.focusSeq + 1, projector: false });
