import { useI18n } from '../../common/i18n.tsx';
import type { ClassCell, ClassRow } from './classTable.ts';
import { shownDate } from './shownDate.ts';

interface Props {
  readonly rows: readonly ClassRow[];
  readonly machineIds: readonly string[];
  readonly selected: string | null;
  readonly onSelect: (learnerId: string) => void;
}

/** The strongest status a cell has reached (what the trainer reads first). */
const statusOf = (c: ClassCell) => (c.examPassedAt ? 'exam' : c.guidedDone ? 'guided' : c.practised ? 'practised' : 'none');

/** Learners × machines; a learner's name opens their attempts. Scrolls sideways inside its box on a phone. */
export function ClassTable({ rows, machineIds, selected, onSelect }: Props) {
  const { t, tm, lang } = useI18n();
  return (
    <div className="class-table-wrap" tabIndex={0} role="region" aria-label={t('class.title')}>
      <table className="class-table" data-testid="class-table">
        <thead>
          <tr>
            <th scope="col">{t('class.learner')}</th>
            {machineIds.map((m) => (
              <th scope="col" key={m}>
                {tm(m, 'name')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ learner, cells }) => (
            <tr key={learner.id} data-class-learner={learner.name}>
              <th scope="row">
                <button type="button" aria-pressed={selected === learner.id} onClick={() => onSelect(learner.id)} data-testid="class-learner">
                  {learner.name}
                </button>
              </th>
              {cells.map((c) => {
                const status = statusOf(c);
                return (
                  <td key={c.machineId} data-cell-machine={c.machineId} data-status={status} data-attempts={c.attempts}>
                    <strong>{status === 'exam' ? t('class.status.exam', { date: shownDate(c.examPassedAt ?? '', lang) }) : t(`class.status.${status}`)}</strong>
                    {c.practised && (
                      <>
                        <span>{t('class.best', { score: c.bestScore ?? '–' })}</span>
                        <span>{t('class.attempts', { n: c.attempts })}</span>
                        {c.lastAt && <span>{t('class.last', { date: shownDate(c.lastAt, lang) })}</span>}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
