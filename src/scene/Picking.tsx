import { ScreenHtml } from './ScreenHtml.tsx';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { createContext, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Intersection, Object3D } from 'three';
import { tapOptions } from '../engine/controlActions.ts';
import type { ControlSpec, GladiEvent } from '../engine/machineModule.ts';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { useI18n, valueLabel } from '../common/i18n.tsx';
import { holdEvents, isHoldingPointer, isTouchHold } from '../common/touchHold.ts';

interface Popover {
  readonly point: [number, number, number];
  readonly options: readonly { control: ControlSpec; event: GladiEvent }[];
}
interface Picking {
  readonly popover: Popover | null;
  setPopover(p: Popover | null): void;
}
const PickingContext = createContext<Picking | null>(null);
/** Fingers holding a model button right now (one stage per page). */
const heldPointers = new Set<number>();

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

/** The push button a finger came down on (the nearest part that is a control), if it is one to hold. */
function heldControlAt(intersections: readonly Intersection[], byNode: ReadonlyMap<string, ControlSpec[]>): ControlSpec | null {
  for (const hit of intersections) {
    const controls = controlsAt(hit.object, byNode);
    if (controls.length > 0) return controls.find(isTouchHold) ?? null;
  }
  return null;
}

/**
 * Pointer handlers for a model: a tap on a control does what a tap on its panel twin does.
 * One possible action is sent at once; several open a small chooser; none sends the attempt
 * anyway so it is logged and its refusal explained. A finger on a two-hand button holds it
 * (down = press, up = release), so two fingers work both buttons together.
 */
export function useModelPicking() {
  const { module, send, session } = useSessionHandle();
  const { setPopover } = usePicking();
  const orbit = useThree((s) => s.controls) as { enabled: boolean } | null;
  const byNode = useMemo(() => {
    const map = new Map<string, ControlSpec[]>();
    for (const c of module.controls) map.set(c.node, [...(map.get(c.node) ?? []), c]);
    return map;
  }, [module]);
  return {
    onPointerDown(e: ThreeEvent<PointerEvent>) {
      const native = e.nativeEvent;
      if (!isHoldingPointer(native.pointerType)) return;
      const control = heldControlAt(e.intersections, byNode);
      if (!control) return;
      e.stopPropagation();
      // A finger on a button is not a camera drag: the stage stays put until every held finger lifts.
      heldPointers.add(native.pointerId);
      if (orbit) orbit.enabled = false;
      send(holdEvents(control).press, native.timeStamp);
      const end = (ev: PointerEvent) => {
        if (ev.pointerId !== native.pointerId) return;
        window.removeEventListener('pointerup', end);
        window.removeEventListener('pointercancel', end);
        heldPointers.delete(ev.pointerId);
        if (orbit && heldPointers.size === 0) orbit.enabled = true;
        send(holdEvents(control).release, ev.timeStamp);
      };
      window.addEventListener('pointerup', end);
      window.addEventListener('pointercancel', end);
    },
    onClick(e: ThreeEvent<MouseEvent>) {
      e.stopPropagation();
      // A finger's trailing click on a held button: its down and up already pressed and released.
      if (isHoldingPointer((e.nativeEvent as PointerEvent).pointerType) && heldControlAt(e.intersections, byNode)) return;
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

/** Room kept between the chooser and the stage's edges, in CSS pixels. */
const EDGE = 8;

/**
 * Where the chooser goes: beside the part, but moved in so that all of it (every option and the
 * close button) is on the stage, which itself is always on screen.
 */
function placeInside(box: { readonly current: HTMLElement | null }) {
  return (x: number, y: number, size: { width: number; height: number }): [number, number] => {
    const w = box.current?.offsetWidth ?? 0;
    const h = box.current?.offsetHeight ?? 0;
    return [Math.max(EDGE, Math.min(x, size.width - w - EDGE)), Math.max(EDGE, Math.min(y, size.height - h - EDGE))];
  };
}

/** The chooser shown next to a control with several possible actions. */
export function PickPopover() {
  const { popover, setPopover } = usePicking();
  const { module, send } = useSessionHandle();
  const i18n = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  // Once the chooser has its size, place it again (the stage renders on demand).
  useLayoutEffect(() => {
    if (popover) invalidate();
  }, [popover, invalidate]);
  if (!popover) return null;
  const first = popover.options[0];
  // One selector's positions (the depth notches): its name once, then a compact grid of values.
  const oneSelector = first !== undefined && popover.options.every((o) => o.event.type === 'user.set' && o.control.id === first.control.id);
  const label = (o: Popover['options'][number]) =>
    o.event.type === 'user.set'
      ? oneSelector
        ? valueLabel(i18n, module.id, o.control.id, o.event.value)
        : `${i18n.tm(module.id, `control.${o.control.id}`)}: ${valueLabel(i18n, module.id, o.control.id, o.event.value)}`
      : i18n.tm(module.id, `control.${o.control.id}`);
  return (
    <ScreenHtml position={popover.point} zIndex={20} center={false} interactive className="pick-popover-anchor" place={placeInside(box)}>
      <div
        ref={box}
        className="pick-popover"
        role="dialog"
        aria-label={oneSelector && first ? i18n.tm(module.id, `control.${first.control.id}`) : i18n.t('machine.choose')}
        data-testid="pick-popover"
        style={{ maxHeight: Math.max(120, size.height - 2 * EDGE), maxWidth: Math.max(200, size.width - 2 * EDGE) }}
      >
        <div className="pick-popover-head">
          <span>{oneSelector && first ? i18n.tm(module.id, `control.${first.control.id}`) : i18n.t('machine.choose')}</span>
          <button type="button" className="secondary" onClick={() => setPopover(null)} data-testid="pick-close">
            {i18n.t('machine.close')}
          </button>
        </div>
        <div className={oneSelector ? 'pick-options pick-grid' : 'pick-options'}>
          {popover.options.map((o) => (
            <button
              key={JSON.stringify(o.event)}
              type="button"
              onClick={(ev) => {
                send(o.event, ev.timeStamp);
                setPopover(null);
              }}
            >
              {label(o)}
            </button>
          ))}
        </div>
      </div>
    </ScreenHtml>
  );
}
