import { useState } from 'react';
import { machineCatalogue } from '../../machines/catalogue.ts';
import { PACE_CHOICES_S } from '../../presenter/playlist.ts';
import { useI18n } from '../../common/i18n.tsx';

/**
 * The home's way into presenter mode for dinas staff: tick the machines of the workshop (all, in
 * the order a shoe is made, to begin with) and start the show. The same show opens from a link
 * (`?present=<id>,<id>`); this is for whoever does not have one.
 */
export function ShowPicker({ onStart }: { onStart: (ids: readonly string[], paceSeconds: number | null) => void }) {
  const { t, tm } = useI18n();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(machineCatalogue.map((m) => m.id)));
  /** Seconds per step for a show that runs by itself (a booth), or null for one the presenter moves on. */
  const [pace, setPace] = useState<number | null>(null);
  const ids = machineCatalogue.map((m) => m.id).filter((id) => chosen.has(id));
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <details className="show-picker" data-testid="show-picker">
      <summary>{t('present.pickTitle')}</summary>
      <p>{t('present.pickHelp')}</p>
      <ol className="show-picker-list">
        {machineCatalogue.map((m) => (
          <li key={m.id}>
            <label>
              <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} data-show-machine={m.id} />
              {tm(m.id, 'name')}
            </label>
          </li>
        ))}
      </ol>
      <label className="show-picker-pace">
        {t('present.pace')}{' '}
        <select value={pace ?? ''} onChange={(e) => setPace(e.target.value ? Number(e.target.value) : null)} data-testid="show-pace">
          <option value="">{t('present.paceOff')}</option>
          {PACE_CHOICES_S.map((s) => (
            <option key={s} value={s}>
              {t('present.paceSeconds', { n: String(s) })}
            </option>
          ))}
        </select>
      </label>
      {ids.length === 0 && (
        <p className="notice" role="status" data-testid="show-none">
          {t('present.pickNone')}
        </p>
      )}
      <button type="button" className="primary" disabled={ids.length === 0} onClick={() => onStart(ids, pace)} data-testid="show-start">
        {t('present.open')}
      </button>
    </details>
  );
}
