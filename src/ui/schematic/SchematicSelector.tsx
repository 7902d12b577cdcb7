import type { ControlSpec, GladiEvent } from '../../engine/machineModule.ts';
import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { useI18n, valueLabel } from '../../common/i18n.tsx';

type SetEvent = Extract<GladiEvent, { type: 'user.set' }>;

/** A switch or selector with few positions: one button per position, the current one pressed (as in the panel). */
export function SchematicPositions({ control, sets, label, hinted, column }: { control: ControlSpec; sets: readonly SetEvent[]; label: string; hinted: readonly string[]; column?: boolean }) {
  const { module, send, live } = useSessionHandle();
  const i18n = useI18n();
  const current = useMachineSelector((s) => module.readControl(s, control.id));
  const enabled = useMachineSelector((s) => sets.map((e) => (s.can(e) ? '1' : '0')).join(''));
  return (
    <div className={`sx-positions${column ? ' sx-column' : ''}`} role="group" aria-label={label}>
      {sets.map((e, i) => (
        <button
          key={e.value}
          type="button"
          data-value={e.value}
          aria-pressed={current === e.value}
          className={`${enabled[i] === '1' || current === e.value ? '' : 'unavailable'}${hinted.includes(e.value) ? ' hinted' : ''}`}
          disabled={!live}
          onClick={(ev) => send(e, ev.timeStamp)}
        >
          {valueLabel(i18n, module.id, control.id, e.value)}
        </button>
      ))}
    </div>
  );
}

/** A wheel or knob with many positions: − and + around the current one, one position a tap. */
export function SchematicStepper({ control, sets, label, hinted }: { control: ControlSpec; sets: readonly SetEvent[]; label: string; hinted: readonly string[] }) {
  const { module, send, live } = useSessionHandle();
  const i18n = useI18n();
  const { t } = i18n;
  const current = useMachineSelector((s) => module.readControl(s, control.id));
  const index = sets.findIndex((e) => e.value === current);
  const hintIndex = hinted[0] ? sets.findIndex((e) => e.value === hinted[0]) : -1;
  const step = (d: number, at: number) => {
    const target = sets[Math.min(sets.length - 1, Math.max(0, index + d))];
    if (target && target.value !== current) send(target, at);
  };
  return (
    <div className="sx-stepper" role="group" aria-label={label}>
      <button type="button" data-step="-1" aria-label={`${label}: ${t('machine.decrease')}`} className={hintIndex >= 0 && hintIndex < index ? 'hinted' : ''} disabled={!live || index <= 0} onClick={(ev) => step(-1, ev.timeStamp)}>
        −
      </button>
      <output aria-live="polite" data-value={current}>
        {current === undefined ? '–' : valueLabel(i18n, module.id, control.id, current)}
      </output>
      <button type="button" data-step="1" aria-label={`${label}: ${t('machine.increase')}`} className={hintIndex > index ? 'hinted' : ''} disabled={!live || index >= sets.length - 1} onClick={(ev) => step(1, ev.timeStamp)}>
        +
      </button>
    </div>
  );
}
