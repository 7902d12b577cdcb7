import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { Vector3 } from 'three';
import { ScreenHtml } from './ScreenHtml.tsx';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { useHints } from '../common/HintContext.tsx';

/**
 * Guided glow on the 3D model: a pulsing ring (CSS-animated, so the idle scene renders nothing)
 * at every model part whose control the hint points at. The ring never takes a tap: the part under
 * it is what the trainee is meant to operate.
 */
export function HintMarkers() {
  const hints = useHints();
  const { module } = useSessionHandle();
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const [tick, setTick] = useState(0);
  const nodes = useMemo(() => {
    const ids = new Set(hints.events.map((e) => ('control' in e ? e.control : '')));
    return [...new Set(module.controls.filter((c) => ids.has(c.id)).map((c) => c.node))];
  }, [hints, module]);
  // Parts move (the arm swings): re-read positions shortly after a hint change.
  useEffect(() => {
    const id = window.setTimeout(() => setTick((n) => n + 1), 700);
    invalidate();
    return () => window.clearTimeout(id);
  }, [nodes, invalidate]);
  const points = useMemo(() => {
    void tick;
    return nodes.flatMap((name) => {
      const o = scene.getObjectByName(name);
      if (!o) return [];
      o.updateWorldMatrix(true, false);
      return [{ name, p: o.getWorldPosition(new Vector3()).toArray() as [number, number, number] }];
    });
  }, [nodes, scene, tick]);
  return (
    <>
      {points.map(({ name, p }) => (
        <ScreenHtml key={name} position={p}>
          <div className="hint-ring" data-hint-node={name} aria-hidden="true" />
        </ScreenHtml>
      ))}
    </>
  );
}
