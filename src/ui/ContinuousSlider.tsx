import { useEffect, useId, useRef, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { ContinuousRange } from '../engine/continuous.ts';
import type { ControlSpec } from '../engine/machineModule.ts';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { roundToRange } from '../common/continuousSampler.ts';
import { hintFor, useHints } from '../common/HintContext.tsx';
import { continuousText } from './continuousText.ts';
import { useI18n } from '../common/i18n.tsx';
import { useContinuousChannel, useContinuousPending, useContinuousValue } from '../common/useContinuousValue.ts';
import './ContinuousSlider.css';

/**
 * A continuous control in the panel: a native range input (arrows, PageUp/PageDown, Home/End and
 * screen readers come with it). A control with a rest position (a treadle) is held, not set: it
 * springs back to rest when the finger lifts or the browser takes the pointer away, on Escape,
 * when the page is hidden, and when focus leaves it unless a finger still holds it; arrows press
 * it and it stays pressed while focused (a keyboard user need not hold a key down, and can feed the
 * work with the mouse meanwhile: a drag on the model keeps the focus). Every value goes through the
 * shared sampler.
 */
export function ContinuousSlider({ control, range }: { control: ControlSpec; range: ContinuousRange }) {
  const { module, live } = useSessionHandle();
  const i18n = useI18n();
  const channel = useContinuousChannel(control);
  const value = useContinuousValue(control);
  const pending = useContinuousPending(control);
  const shown = pending ?? value;
  const springs = range.rest !== undefined;
  const hinted = hintFor(useHints(), control.id);
  const hintValue = hinted[0];
  const label = i18n.tm(module.id, `control.${control.id}`);
  const text = continuousText(i18n, module.id, control.id, shown, range);
  const holding = useRef(false);
  const helpId = useId();

  const letGo = (at: number) => {
    holding.current = false;
    if (live) channel.release(at);
  };
  // The page hidden (another app, the screen off) lets go of the treadle, before the session pauses:
  // the window hears `visibilitychange` in its capture phase, ahead of the document's listeners.
  useEffect(() => {
    if (!springs || !live) return;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') {
        holding.current = false;
        channel.release(performance.now());
      }
    };
    window.addEventListener('visibilitychange', onHidden, true);
    return () => window.removeEventListener('visibilitychange', onHidden, true);
  }, [springs, live, channel]);

  const pointerProps = springs
    ? {
        onPointerDown: (ev: ReactPointerEvent<HTMLInputElement>) => {
          holding.current = true;
          ev.currentTarget.setPointerCapture?.(ev.pointerId);
        },
        onPointerUp: (ev: ReactPointerEvent<HTMLInputElement>) => letGo(ev.timeStamp),
        onPointerCancel: (ev: ReactPointerEvent<HTMLInputElement>) => letGo(ev.timeStamp),
        onLostPointerCapture: (ev: ReactPointerEvent<HTMLInputElement>) => {
          if (holding.current) letGo(ev.timeStamp);
        },
        // Focus leaving lets go of a treadle pressed with keys; one a finger holds is let go when
        // the finger lifts (another finger on the model moves the focus, not the foot).
        onBlur: (ev: { timeStamp: number }) => {
          if (!holding.current) letGo(ev.timeStamp);
        },
        onKeyDown: (ev: KeyboardEvent<HTMLInputElement>) => {
          if (ev.key === 'Escape') letGo(ev.timeStamp);
        },
        onContextMenu: (ev: { preventDefault(): void }) => ev.preventDefault(),
      }
    : {};
  return (
    <div
      className={`control continuous${hinted.length ? ' hinted' : ''}`}
      data-control={control.id}
      data-value={shown}
      {...(hinted.length ? { 'data-hint': 'true', ...(hintValue ? { 'data-hint-value': hintValue } : {}) } : {})}
    >
      <label className="continuous-row">
        <span className="control-label">{label}</span>
        <output aria-hidden="true">{text}</output>
        <input
          type="range"
          min={range.min}
          max={range.max}
          step={range.step}
          value={shown}
          aria-valuetext={text}
          {...(springs ? { 'aria-describedby': helpId } : {})}
          disabled={!live}
          onChange={(ev) => channel.move(roundToRange(range, Number(ev.currentTarget.value)), ev.timeStamp)}
          {...pointerProps}
        />
      </label>
      {springs && (
        <p id={helpId} className="hint-text continuous-help">
          {i18n.t('machine.continuous.springHelp')} <span className="keys-only">{i18n.t('machine.continuous.springKeys')}</span>
        </p>
      )}
    </div>
  );
}
