import type { Mode } from '../../engine/session.ts';
import { machineCatalogue } from '../../machines/catalogue.ts';
import { layFloor } from '../../machines/floor.ts';
import { useI18n } from '../../common/i18n.tsx';
import { MachineCard } from './MachineCard.tsx';
import { useHomeProgress } from './useHomeProgress.ts';

const FLOOR = layFloor(machineCatalogue);

/** The machines as the centre lays them out: one group per station, in the order a shoe travels. */
export function Floor({ onOpen }: { readonly onOpen: (machineId: string, mode: Mode) => void }) {
  const { t } = useI18n();
  const progress = useHomeProgress();
  return (
    <ol className="floor" data-testid="floor">
      {FLOOR.map((station, i) => (
        <li key={station.line} className="station" data-station={station.line} aria-labelledby={`station-${station.line}`}>
          <h3 className="station-heading" id={`station-${station.line}`}>
            <span className="station-step">{t('floor.step', { n: i + 1 })}</span> {t(`floor.station.${station.line}`)}
          </h3>
          <ul className="catalogue">
            {station.machines.map((m) => (
              <MachineCard key={m.id} machine={m} progress={progress ? (progress.get(m.id) ?? null) : undefined} onOpen={onOpen} />
            ))}
          </ul>
          {i < FLOOR.length - 1 && (
            // The shoe's journey: a downward arrow to the next station (read out as "then to …").
            <p className="station-next">
              <span role="img" aria-label={`${t('floor.next')} ${t(`floor.station.${FLOOR[i + 1]!.line}`)}`}>
                ↓
              </span>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
