import type { MouseEvent as ReactMouseEvent, PointerEvent as ReactPointerEvent } from 'react';
import type { ControlSpec, GladiEvent } from '../engine/machineModule.ts';
import { isHoldControl, tapOptions } from '../engine/controlActions.ts';
import { useMachineSelector, useSessionHandle } from '../engine/react/SessionContext.tsx';
import { hintFor, useHints } from '../common/HintContext.tsx';
import { useI18n, valueLabel } from '../common/i18n.tsx';
import { holdEvents, isHoldingPointer, isTouchHold } from '../common/touchHold.ts';

const SEGMENTED_MAX = 4;

/** One control in the panel. It is never disabled: a refused use is sent, logged and explained. */
export function ControlWidget({ control }: { control: ControlSpec }) {
  const { module, send, session } = useSessionHandle();
  const i18n = useI18n();
  const { tm, t } = i18n;
  const current = useMachineSelector((s) => module.readControl(s, control.id));
  const enabled = useMachineSelector((s) => control.events.map((e) => (s.can(e) ? '1' : '0')).join(''));
  const label = tm(module.id, `control.${control.id}`);
  const can = (e: GladiEvent) => enabled[control.events.indexOf(e)] === '1';
  const setEvents = control.events.filter((e): e is Extract<GladiEvent, { type: 'user.set' }> => e.type === 'user.set');
  const hinted = hintFor(useHints(), control.id);
  const hintAttrs = hinted.length ? { 'data-hint': 'true', ...(hinted[0] ? { 'data-hint-value': hinted[0] } : {}) } : {};
  const hintClass = hinted.length ? ' hinted' : '';
  const { live } = useSessionHandle();

  if (setEvents.length > SEGMENTED_MAX) {
    const index = setEvents.findIndex((e) => e.value === current);
    const hintIndex = hinted[0] ? setEvents.findIndex((e) => e.value === hinted[0]) : -1;
    const step = (d: number) => {
      const target = setEvents[Math.min(setEvents.length - 1, Math.max(0, index + d))];
      if (target && target.value !== current) send(target);
    };
    return (
      <div className={`control stepper${hintClass}`} data-control={control.id} role="group" aria-label={label} {...hintAttrs}>
        <span className="control-label">{label}</span>
        <button type="button" aria-label={`${label}: ${t('machine.decrease')}`} data-step="-1" className={hintIndex >= 0 && hintIndex < index ? 'hinted' : ''} onClick={() => step(-1)} disabled={!live || index <= 0}>
          −
        </button>
        <output aria-live="polite" data-value={current}>
          {current === undefined ? '–' : valueLabel(i18n, module.id, control.id, current)}
        </output>
        <button type="button" aria-label={`${label}: ${t('machine.increase')}`} data-step="1" className={hintIndex > index ? 'hinted' : ''} onClick={() => step(1)} disabled={!live || index >= setEvents.length - 1}>
          +
        </button>
      </div>
    );
  }
  if (setEvents.length > 0) {
    return (
      <div className={`control segmented${hintClass}`} data-control={control.id} role="group" aria-label={label} {...hintAttrs}>
        <span className="control-label">{label}</span>
        <div className="segments">
          {setEvents.map((e) => (
            <button
              key={e.value}
              type="button"
              data-value={e.value}
              aria-pressed={current === e.value}
              className={`${can(e) || current === e.value ? '' : 'unavailable'}${hinted.includes(e.value) ? ' hinted' : ''}`}
              disabled={!live}
              onClick={(ev) => send(e, ev.timeStamp)}
            >
              {valueLabel(i18n, module.id, control.id, e.value)}
            </button>
          ))}
        </div>
      </div>
    );
  }
  const hold = isHoldControl(control);
  const onTap = (at: number) => {
    const { options, fallback } = tapOptions(module, session.actor.getSnapshot(), control);
    send(options[0] ?? fallback, at);
  };
  const available = control.events.some(can);
  const touchHold = isTouchHold(control);
  // A finger holds the button: down presses, up (or the browser taking the touch away) releases.
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
  return (
    <div className={`control kind-${control.kind}${hintClass}`} data-control={control.id} {...hintAttrs}>
      <button
        type="button"
        disabled={!live}
        className={`${control.kind === 'estop' ? 'estop-button' : ''}${touchHold ? ' hold-button' : ''} ${available ? '' : 'unavailable'}${hintClass}`}
        aria-pressed={hold ? current === 'pressed' : undefined}
        {...holdProps}
        onClick={(ev) => {
          // The finger's own down/up already pressed and released; its trailing click is not a toggle.
          if (touchHold && isHoldingPointer((ev.nativeEvent as PointerEvent).pointerType)) return;
          onTap(ev.timeStamp);
        }}
      >
        {label}
        {hold && current !== undefined && <span className="state-chip">{valueLabel(i18n, module.id, control.id, current)}</span>}
      </button>
    </div>
  );
}
