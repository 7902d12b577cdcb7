import { useSessionHandle, useSessionSelector } from '../engine/react/SessionContext.tsx';
import { useI18n } from '../common/i18n.tsx';

/** The procedure as a checklist. Guided: the current step stands out; free: ticks only; exam: hidden. */
export function StepList({ highlight }: { highlight: boolean }) {
  const { module } = useSessionHandle();
  const { t, tm } = useI18n();
  const steps = useSessionSelector((s) => s.steps());
  return (
    <section className="step-list" aria-label={t('steps.title')}>
      <h2>{t('steps.title')}</h2>
      <ol>
        {steps.map((st) => (
          <li
            key={st.id}
            data-step={st.id}
            data-step-done={st.done ? 'true' : 'false'}
            className={`${st.done ? 'done' : ''} ${highlight && st.current ? 'current' : ''}`}
            aria-current={highlight && st.current ? 'step' : undefined}
          >
            <span className="tick" aria-hidden="true">
              {st.done ? '✔' : '○'}
            </span>
            <span>{tm(module.id, `step.${st.id}`)}</span>
            {st.done && <span className="visually-hidden">{t('steps.done')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
