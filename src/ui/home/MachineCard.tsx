import { MODES, type Mode } from '../../engine/session.ts';
import type { MachineSummary } from '../../machines/catalogueTypes.ts';
import type { MachineProgress } from '../../records/progress.ts';
import { useI18n, type I18n } from '../../common/i18n.tsx';
import { MachineDownload } from '../offline/MachineDownload.tsx';

interface Props {
  readonly machine: MachineSummary;
  /** Undefined: no marks to show (no learner, or still loading); null: the learner has not practised it. */
  readonly progress: MachineProgress | null | undefined;
  readonly onOpen: (machineId: string, mode: Mode) => void;
}

/** The learner's marks in one short line, as an artisan would say them. */
function progressLine({ t }: I18n, p: MachineProgress | null): string {
  if (!p) return t('floor.progress.none');
  const guided = p.guidedCompleted ? t('floor.progress.guided') : t('floor.progress.practised');
  return `${guided} · ${t(p.examPassedAt ? 'floor.progress.exam' : 'floor.progress.noExam')}`;
}

/** One machine on the floor: picture, name, purpose, the learner's marks and the ways in. */
export function MachineCard({ machine: m, progress, onOpen }: Props) {
  const i18n = useI18n();
  const { t, tm } = i18n;
  return (
    <li className="machine-card" data-machine-card={m.id}>
      <img src={`${import.meta.env.BASE_URL}thumbnails/${m.id}.png`} alt="" width={320} height={200} loading="lazy" />
      <div className="machine-card-body">
        <h3>{tm(m.id, 'name')}</h3>
        <p>{tm(m.id, 'purpose')}</p>
        {progress !== undefined && (
          <p className="machine-progress" data-card-progress={m.id} data-practised={progress !== null}>
            {progressLine(i18n, progress)}
          </p>
        )}
        <div className="mode-buttons">
          {MODES.map((mode) => (
            <button
              key={mode}
              type="button"
              className={mode === 'guided' ? 'primary' : ''}
              onClick={() => onOpen(m.id, mode)}
              data-open-machine={m.id}
              data-open-mode={mode}
            >
              {t(`mode.${mode}`)}
            </button>
          ))}
        </div>
        <MachineDownload machineId={m.id} place="card" />
      </div>
    </li>
  );
}
