import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

/**
 * Reports when the browser takes the WebGL context away (GPU reset, tab in the background on a
 * tablet) and gives it back. three rebuilds its GL state on restore, but a demand frame loop draws
 * nothing until asked: ask for a frame then, so the view comes back without a click.
 */
export function ContextLossWatcher({ onLostChange }: { onLostChange: (lost: boolean) => void }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const lost = (e: Event) => {
      e.preventDefault(); // without this the browser never offers the context back
      onLostChange(true);
    };
    const restored = () => {
      onLostChange(false);
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, onLostChange]);
  return null;
}
