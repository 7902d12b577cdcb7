import { ScreenHtml } from './ScreenHtml.tsx';
import type { ThreeEvent } from '@react-three/fiber';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Object3D } from 'three';
import { tapOptions } from '../engine/controlActions.ts';
import type { ControlSpec, GladiEvent } from '../engine/machineModule.ts';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { useI18n, valueLabel } from '../ui/i18n.tsx';

interface Popover {
  readonly point: [number, number, number];
  readonly options: readonly { control: ControlSpec; event: GladiEvent }[];
}
interface Picking {
  readonly popover: Popover | null;
  setPopover(p: Popover | null): void;
}
const PickingContext = createContext<Picking | null>(null);

export function PickingProvider({ children }: { children: ReactNode }) {
  const [popover, setPopover] = useState<Popover | null>(null);
  const value = useMemo(() => ({ popover, setPopover }), [popover]);
  return <PickingContext.Provider value={value}>{children}</PickingContext.Provider>;
}

function usePicking(): Picking {
  const p = useContext(PickingContext);
  if (!p) throw new Error('usePicking outside PickingProvider');
  return p;
}

/** The controls living on a glTF node, found by walking up from the mesh that was hit. */
function controlsAt(object: Object3D | null, byNode: ReadonlyMap<string, ControlSpec[]>): ControlSpec[] {
  for (let o = object; o; o = o.parent) {
    const found = byNode.get(o.name);
    if (found) return found;
  }
  return [];
}

/**
 * Pointer handlers for a model: a tap on a control does what a tap on its panel twin does.
 * One possible action is sent at once; several open a small chooser; none sends the attempt
 * anyway so it is logged and its refusal explained.
 */
export function useModelPicking() {
  const { module, send, session } = useSessionHandle();
  const { setPopover } = usePicking();
  const byNode = useMemo(() => {
    const map = new Map<string, ControlSpec[]>();
    for (const c of module.controls) map.set(c.node, [...(map.get(c.node) ?? []), c]);
    return map;
  }, [module]);
  return {
    onClick(e: ThreeEvent<MouseEvent>) {
      e.stopPropagation();
      const snapshot = session.actor.getSnapshot();
      // Nearest hit first; a part that can do nothing now (a die lying on the cut part) lets the
      // tap through to the next part under the pointer, as a hand would reach past it.
      let firstRefused: GladiEvent | null = null;
      for (const hit of e.intersections) {
        const controls = controlsAt(hit.object, byNode);
        if (controls.length === 0) continue;
        const taps = controls.map((control) => ({ control, ...tapOptions(module, snapshot, control) }));
        const options = taps.flatMap((t) => t.options.map((event) => ({ control: t.control, event })));
        if (options.length === 1 && options[0]) return void send(options[0].event, e.nativeEvent.timeStamp);
        if (options.length > 1) return setPopover({ point: [hit.point.x, hit.point.y, hit.point.z], options });
        firstRefused ??= taps[0]?.fallback ?? null;
      }
      if (firstRefused) send(firstRefused, e.nativeEvent.timeStamp);
    },
    onPointerOver(e: ThreeEvent<PointerEvent>) {
      if (controlsAt(e.object, byNode).length > 0) {
        e.stopPropagation();
        document.body.style.cursor = 'pointer';
      }
    },
    onPointerOut() {
      document.body.style.cursor = '';
    },
    onPointerMissed() {
      setPopover(null);
    },
  };
}

/** The chooser shown next to a control with several possible actions. */
export function PickPopover() {
  const { popover, setPopover } = usePicking();
  const { module, send } = useSessionHandle();
  const i18n = useI18n();
  if (!popover) return null;
  const label = (o: Popover['options'][number]) =>
    o.event.type === 'user.set'
      ? `${i18n.tm(module.id, `control.${o.control.id}`)}: ${valueLabel(i18n, module.id, o.control.id, o.event.value)}`
      : i18n.tm(module.id, `control.${o.control.id}`);
  return (
    <ScreenHtml position={popover.point} zIndex={20} center={false} interactive className="pick-popover-anchor">
      <div className="pick-popover" role="dialog" aria-label={i18n.t('machine.choose')} data-testid="pick-popover">
        {popover.options.map((o) => (
          <button
            key={JSON.stringify(o.event)}
            type="button"
            onClick={() => {
              send(o.event);
              setPopover(null);
            }}
          >
            {label(o)}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => setPopover(null)}>
          {i18n.t('machine.close')}
        </button>
      </div>
    </ScreenHtml>
  );
}
