import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { announceWebglGone, CONTEXT_RESTORE_WAIT_MS } from './contextGone.ts';

/**
 * Reports when the browser takes the WebGL context away (GPU reset, tab in the background on a
 * tablet) and gives it back. three rebuilds its GL state on restore, but a demand frame loop draws
 * nothing until asked: ask for a frame then, so the view comes back without a click. A context
 * not back within CONTEXT_RESTORE_WAIT_MS is given up: the screen switches to the 2D view (the
 * session is not the stage's and carries on). The wait is a view matter, not procedure time.
 */
export function ContextLossWatcher({ onLostChange, restoreWaitMs = CONTEXT_RESTORE_WAIT_MS }: { onLostChange: (lost: boolean) => void; restoreWaitMs?: number }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    let giveUp: ReturnType<typeof setTimeout> | null = null;
    const stopWaiting = () => {
      if (giveUp !== null) clearTimeout(giveUp);
      giveUp = null;
    };
    const lost = (e: Event) => {
      e.preventDefault(); // without this the browser never offers the context back
      onLostChange(true);
      stopWaiting();
      giveUp = setTimeout(() => {
        giveUp = null;
        announceWebglGone('lost');
      }, restoreWaitMs);
    };
    const restored = () => {
      stopWaiting();
      onLostChange(false);
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      stopWaiting();
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, onLostChange, restoreWaitMs]);
  return null;
}
