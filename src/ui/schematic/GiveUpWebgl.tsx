import { useEffect } from 'react';
import { announceWebglGone } from '../../scene/contextGone.ts';

/** Rendered where the 3D stage failed to create its WebGL context: hands the stage to the 2D view. */
export function GiveUpWebgl() {
  useEffect(() => announceWebglGone('create'), []);
  return null;
}
