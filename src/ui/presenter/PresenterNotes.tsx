import { Suspense, use, useEffect, useMemo, useState } from 'react';
import type { ShowState } from '../../presenter/protocol.ts';
import { useI18n } from '../../common/i18n.tsx';
import { actionLabel } from '../actionLabel.ts';
import { formatClock } from '../formatClock.ts';
import { machineBundle } from '../machineBundle.ts';
import { ShowControls } from './ShowControls.tsx';
import { tourOf } from './tourOf.ts';
import { usePresenterChannel } from './useShowChannel.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';

/** How often the presenter's clock is redrawn (ms); it shows whole minutes and seconds. */
const CLOCK_TICK_MS = 1000;

/**
 * The presenter's own window (a laptop beside the projector): this stop, the next, notes on what
 * the stop does, and a clock. It follows the projector's window and sends it the same commands
 * (buttons, keys, a clicker plugged into the laptop).
 */
export function PresenterNotes({ playlist }: { playlist: readonly string[] }) {
  const { t, lang } = useI18n();
  const { available, state, send } = usePresenterChannel();
  usePresenterKeys(send);
  const now = useClock();
  const [started] = useState(() => Date.now());
  return (
    <div className="presenter presenter-notes projector" data-presenter="notes" data-tour-position={state?.position ?? ''} data-tour-machine={state?.machineId ?? ''}>
      <header className="presenter-bar">
        <h1>{t('notes.title')}</h1>
        <p className="notes-clock" data-testid="notes-clock">
          {t('notes.clock')} {new Date(now).toLocaleTimeString(lang === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' })} · {t('notes.elapsed')} {formatClock(now - started)}
        </p>
      </header>
      {!available ? (
        <p className="notice warn" role="alert">{t('notes.noChannel')}</p>
      ) : !state ? (
        <p className="notice" role="status" data-testid="notes-waiting">{t('notes.waiting')}</p>
      ) : (
        <>
          <ShowControls
            state={{ ...state, first: state.machineIndex === 0, last: state.machineIndex === playlist.length - 1 }}
            onCommand={send}
          />
          <Suspense fallback={<p className="notice">{t('present.loading')}</p>}>
            <NotesBody state={state} total={playlist.length} />
          </Suspense>
        </>
      )}
    </div>
  );
}

function NotesBody({ state, total }: { state: ShowState; total: number }) {
  const i18n = useI18n();
  const { module } = use(machineBundle(state.machineId));
  const tour = useMemo(() => tourOf(module), [module]);
  const stop = tour.steps[state.position];
  const next = tour.steps[state.position + 1];
  const stepText = (ids: readonly string[] | undefined) => (ids ? ids.map((id) => i18n.tm(module.id, `step.${id}`)).join(' · ') : i18n.t('notes.end'));
  const notes = stop ? tour.entries.slice(stop.startEntry, stop.endEntry).map((e) => actionLabel(i18n, module.id, e)) : [];
  return (
    <main className="notes-body">
      <p>{i18n.t('present.machineOf', { n: state.machineIndex + 1, total, name: i18n.tm(module.id, 'name') })}</p>
      {state.blank && <p className="notice warn">{i18n.t('notes.blanked')}</p>}
      {state.live && <p className="notice">{i18n.t('present.liveOn')}</p>}
      <section aria-labelledby="notes-now">
        <h2 id="notes-now">
          {i18n.t('notes.now')} {stop ? `(${i18n.t('present.stop', { n: state.position + 1, total: state.stops })})` : ''}
        </h2>
        <p className="notes-step" data-testid="notes-now">{stop ? stepText(stop.stepIds) : i18n.t('present.over')}</p>
      </section>
      <section aria-labelledby="notes-next">
        <h2 id="notes-next">{i18n.t('notes.nextStep')}</h2>
        <p data-testid="notes-next">{stop ? stepText(next?.stepIds) : i18n.t('notes.end')}</p>
      </section>
      {notes.length > 0 && (
        <section aria-labelledby="notes-notes">
          <h2 id="notes-notes">{i18n.t('notes.notes')}</h2>
          <ol data-testid="notes-actions">
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}

function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => window.clearInterval(id);
  }, []);
  return now;
}
