/**
 * The 3D stage tells the screen around it that WebGL is gone for now (no three.js here, so the
 * HTML side can listen without loading the 3D code): after a context loss that was not restored
 * within CONTEXT_RESTORE_WAIT_MS, the screen shows the 2D view instead; the session lives outside
 * the stage and goes on.
 */
export const WEBGL_GONE_EVENT = 'gladi:webgl-gone';

/** How long a lost context may take to come back before the 2D view takes over [I]: Android usually restores within a second or two. */
export const CONTEXT_RESTORE_WAIT_MS = 8000;

export type WebglGoneReason = 'lost' | 'create';

export function announceWebglGone(reason: WebglGoneReason): void {
  window.dispatchEvent(new CustomEvent<WebglGoneReason>(WEBGL_GONE_EVENT, { detail: reason }));
}

/** The browser could not make a WebGL context at all (three's and the browser's own wording). */
export const isContextCreationError = (error: unknown): boolean => /WebGL context|creating WebGL|WebGL2? ?is not supported|getContext/i.test(error instanceof Error ? error.message : String(error));
