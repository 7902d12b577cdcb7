import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Vector3, type Group } from 'three';

const projected = new Vector3();
const toCamera = new Vector3();
const cameraDir = new Vector3();

interface Props {
  /** Where the content is anchored, in the parent's space. */
  readonly position?: readonly [number, number, number];
  readonly children: ReactNode;
  /** Class of the wrapper element (placed in the stage, over the canvas, centred on the point). */
  readonly className?: string;
  /** Whether the content takes pointer input. Off by default: an overlay must never swallow a tap meant for the model under it. */
  readonly interactive?: boolean;
  readonly zIndex?: number;
  /** Centre the content on the point (a ring, a label), or hang it from the point (a popover). */
  readonly center?: boolean;
  /** Moves the screen point (CSS pixels in the stage) before the content is placed, e.g. to keep a chooser on the stage. */
  readonly place?: (x: number, y: number, size: { width: number; height: number }) => [number, number];
}

/**
 * DOM content pinned to a point of the 3D scene (what drei's `<Html>` does, reduced to what the
 * stage needs). It keeps its React root across an unmount that is immediately undone (React
 * StrictMode under `npm start` does that to every effect), where drei's `<Html>` unmounts a root
 * synchronously during a render and React warns of a race.
 */
export function ScreenHtml({ position = [0, 0, 0], children, className, interactive = false, zIndex = 5, center = true, place }: Props) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const group = useRef<Group>(null);
  const [el] = useState(() => document.createElement('div'));
  const root = useRef<Root | null>(null);
  const last = useRef('');

  useLayoutEffect(() => {
    const parent = gl.domElement.parentNode;
    if (!parent) return;
    el.style.cssText = `position:absolute;top:0;left:0;z-index:${zIndex};pointer-events:${interactive ? 'auto' : 'none'};`;
    if (className) el.className = className;
    parent.appendChild(el);
    root.current ??= createRoot(el);
    invalidate(); // a demand frame loop places the element on its next frame
    return () => {
      el.remove();
      // Unmount after the commit, and only if the element was not put back meanwhile.
      queueMicrotask(() => {
        if (el.isConnected || !root.current) return;
        root.current.unmount();
        root.current = null;
      });
    };
  }, [gl, el, className, interactive, zIndex, invalidate]);

  useLayoutEffect(() => {
    root.current?.render(children);
  });

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    g.updateWorldMatrix(true, false);
    projected.setFromMatrixPosition(g.matrixWorld);
    const behind = toCamera.copy(projected).sub(camera.position).angleTo(camera.getWorldDirection(cameraDir)) > Math.PI / 2;
    projected.project(camera);
    const px = (projected.x + 1) * (size.width / 2);
    const py = (1 - projected.y) * (size.height / 2);
    const [x, y] = place ? place(px, py, size) : [px, py];
    const key = `${x.toFixed(1)},${y.toFixed(1)},${behind}`;
    if (key === last.current) return;
    last.current = key;
    el.style.transform = `translate3d(${x}px,${y}px,0)${center ? ' translate(-50%,-50%)' : ''}`;
    el.style.display = behind ? 'none' : 'block';
  });

  return <group ref={group} position={position as [number, number, number]} />;
}
