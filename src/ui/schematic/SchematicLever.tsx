import { useEffect, useRef, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { ContinuousRange } from '../../engine/continuous.ts';
import type { ControlSpec } from '../../engine/machineModule.ts';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { roundToRange } from '../../common/continuousSampler.ts';
import { useI18n } from '../../common/i18n.tsx';
import { useContinuousChannel, useContinuousPending, useContinuousValue } from '../../common/useContinuousValue.ts';
import { followDrag } from '../../scene/controlDrag.ts';
import { continuousText } from '../continuousText.ts';

const DEFAULT_TRACK_PX = 120;

/**
 * A continuous control on the drawing (a treadle, a screw, the hand guiding the work): dragged
 * along its axis exactly like its part on the model (the control's own `drag`: same axis, same
 * pixels for the whole range, through the same shared channel and sampler), or moved with the
 * arrow keys while focused. One with a rest position (a treadle) springs back when the pointer
 * lifts, on Escape, and when the focus leaves it.
 */
export function SchematicLever({ control, range, label, trackPx = DEFAULT_TRACK_PX, hinted }: { control: ControlSpec; range: ContinuousRange; label: string; trackPx?: number; hinted: readonly string[] }) {
  const { module, live } = useSessionHandle();
  const i18n = useI18n();
  const channel = useContinuousChannel(control);
  const value = useContinuousValue(control);
  const pending = useContinuousPending(control);
  const shown = pending ?? value;
  const springs = range.rest !== undefined;
  const vertical = control.drag?.axis === 'y';
  const fraction = (shown - range.min) / (range.max - range.min || 1);
  const endDrag = useRef<(() => void) | null>(null);
  useEffect(() => () => endDrag.current?.(), []);
  const text = continuousText(i18n, module.id, control.id, shown, range);

  const onPointerDown = (ev: ReactPointerEvent<HTMLDivElement>) => {
    if (!live || !control.drag || endDrag.current) return;
    ev.preventDefault();
    endDrag.current = followDrag({
      channel,
      drag: control.drag,
      pointerId: ev.pointerId,
      x: ev.clientX,
      y: ev.clientY,
      onEnd: () => (endDrag.current = null),
      onSecondFinger: () => undefined,
      onStage: () => true,
    });
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (!live) return;
    const up = ev.key === 'ArrowRight' || ev.key === (vertical ? 'ArrowDown' : 'ArrowUp');
    const down = ev.key === 'ArrowLeft' || ev.key === (vertical ? 'ArrowUp' : 'ArrowDown');
    if (up || down) {
      ev.preventDefault();
      channel.move(roundToRange(range, shown + (up ? range.step : -range.step)), ev.timeStamp);
    } else if (ev.key === 'Home' || ev.key === 'End') {
      ev.preventDefault();
      channel.move(ev.key === 'Home' ? range.min : range.max, ev.timeStamp);
    } else if (ev.key === 'Escape' && springs) channel.release(ev.timeStamp);
  };
  const thumb = vertical ? { top: `${fraction * 100}%` } : { left: `${fraction * 100}%` };
  return (
    <div className={`sx-lever${vertical ? ' sx-vertical' : ''}`} data-value={shown} style={vertical ? { height: trackPx } : { width: trackPx }} onPointerDown={onPointerDown}>
      <span className="sx-track" aria-hidden="true" />
      <div
        className={`sx-thumb${hinted.length ? ' hinted' : ''}`}
        style={thumb}
        role="slider"
        tabIndex={live ? 0 : -1}
        aria-label={label}
        aria-valuemin={range.min}
        aria-valuemax={range.max}
        aria-valuenow={shown}
        aria-valuetext={text}
        aria-orientation={vertical ? 'vertical' : 'horizontal'}
        aria-disabled={!live}
        onKeyDown={onKeyDown}
        onBlur={(ev) => springs && live && !endDrag.current && channel.release(ev.timeStamp)}
      />
      <output className="sx-lever-value">{text}</output>
    </div>
  );
}
