import type { MouseEvent as ReactMouseEvent, PointerEvent as ReactPointerEvent } from 'react';
import type { ControlSpec } from '../../engine/machineModule.ts';
import { isHoldControl, tapOptions } from '../../engine/controlActions.ts';
import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { holdEvents, isHoldingPointer, isTouchHold } from '../../common/touchHold.ts';

/**
 * A push button, an e-stop, a look or a hand action on the drawing. A tap means what it means on
 * the model and in the panel (`tapOptions`: a held control toggles, a refused tap is still sent so
 * it is logged and explained); a two-hand button is held under a finger, as in the panel.
 */
export function SchematicButton({ control, label, caption, look, hinted }: { control: ControlSpec; label: string; caption: string | null; look?: string; hinted: boolean }) {
  const { module, send, session, live } = useSessionHandle();
  const current = useMachineSelector((s) => module.readControl(s, control.id));
  const available = useMachineSelector((s) => control.events.some((e) => s.can(e)));
  const hold = isHoldControl(control);
  const touchHold = isTouchHold(control);
  const onTap = (at: number) => {
    const { options, fallback } = tapOptions(module, session.actor.getSnapshot(), control);
    send(options[0] ?? fallback, at);
  };
  const holdProps = touchHold
    ? {
        onPointerDown: (ev: ReactPointerEvent<HTMLButtonElement>) => {
          if (!live || !isHoldingPointer(ev.pointerType)) return;
          ev.currentTarget.setPointerCapture?.(ev.pointerId);
          send(holdEvents(control).press, ev.timeStamp);
        },
        onPointerUp: (ev: ReactPointerEvent<HTMLButtonElement>) => {
          if (live && isHoldingPointer(ev.pointerType)) send(holdEvents(control).release, ev.timeStamp);
        },
        onPointerCancel: (ev: ReactPointerEvent<HTMLButtonElement>) => {
          if (live && isHoldingPointer(ev.pointerType)) send(holdEvents(control).release, ev.timeStamp);
        },
        onContextMenu: (ev: ReactMouseEvent) => ev.preventDefault(),
      }
    : {};
  // The shape follows the kind (a mushroom, a push button, a tag on a part); `look` only colours a push button.
  const shape = control.kind === 'estop' ? 'mushroom' : control.kind === 'button' ? `round${look ? ` sx-${look}` : ''}` : 'tag';
  return (
    <button
      type="button"
      className={`sx-button sx-${shape}${available ? '' : ' unavailable'}${hinted ? ' hinted' : ''}`}
      aria-label={label}
      title={label}
      aria-pressed={hold ? current === 'pressed' : undefined}
      disabled={!live}
      {...holdProps}
      onClick={(ev) => {
        if (touchHold && isHoldingPointer((ev.nativeEvent as PointerEvent).pointerType)) return;
        onTap(ev.timeStamp);
      }}
    >
      <span className="sx-cap" aria-hidden="true" />
      {caption !== null && <span className="sx-button-text">{caption}</span>}
    </button>
  );
}
