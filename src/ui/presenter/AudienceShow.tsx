import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Command, ShowState } from '../../presenter/protocol.ts';
import { applyCommand, settle, startShow, type Show } from '../../presenter/show.ts';
import { resetPresentation, setProjectorLook } from '../../scene/presentation.ts';
import { useI18n } from '../../common/i18n.tsx';
import { LoadFailure } from '../LoadFailure.tsx';
import { RetryBoundary } from '../RetryBoundary.tsx';
import { TourScreen } from './TourScreen.tsx';
import { useAudienceChannel } from './useShowChannel.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';

interface Props {
  playlist: readonly string[];
  /** Seconds per stop when the link starts the show in timer mode (`&timer=`), else null. */
  paceSeconds: number | null;
  notices: readonly string[];
  onLeave: () => void;
  /** Opens the presenter's window (next step, notes, clock) for a second screen. */
  onOpenNotes: () => void;
}

/** The projector's window: owns the show (keys, clicker, timer, the presenter window's commands). */
export function AudienceShow({ playlist, paceSeconds, notices, onLeave, onOpenNotes }: Props) {
  const { t } = useI18n();
  const [show, setShow] = useState<Show>(() => startShow(playlist, paceSeconds));
  /** The loaded tour's stop count, with the machine it belongs to (the next machine's is not known until it loads). */
  const [stops, setStops] = useState<{ id: string; n: number } | null>(null);
  const stopsRef = useRef(0);
  const command = useCallback((c: Command) => setShow((s) => applyCommand(s, c, stopsRef.current)), []);
  const machineId = playlist[show.machineIndex]!;
  const onStops = useCallback((id: string, n: number) => {
    stopsRef.current = n;
    setStops({ id, n });
    setShow((s) => settle(s, n));
  }, []);
  usePresenterKeys(command);
  useEffect(() => {
    setProjectorLook(true);
    return resetPresentation;
  }, []);
  useEffect(() => {
    if (!show.left) return;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    onLeave();
  }, [show.left, onLeave]);
  const known = stops !== null && stops.id === machineId && show.position <= stops.n;
  // Timer mode moves on after each stop's time, counted from when the stop is on screen (a tour
  // still loading is not skipped); pausing (blank, live) holds it.
  useEffect(() => {
    if (!show.timer || show.blank || show.live || !known) return;
    const id = window.setTimeout(() => command('next'), show.paceMs);
    return () => window.clearTimeout(id);
  }, [show.timer, show.paceMs, show.blank, show.live, show.position, show.machineIndex, known, command]);
  const state: ShowState | null = known
    ? { machineIndex: show.machineIndex, machineId, position: show.position, stops: stops.n, blank: show.blank, timer: show.timer, live: show.live }
    : null;
  useAudienceChannel(state, command);
  return (
    <div className="presenter projector" data-presenter="audience" data-blank={show.blank ? 'true' : 'false'} data-timer={show.timer ? 'true' : 'false'}>
      {notices.length > 0 && (
        <p className="notice warn" role="alert" data-testid="present-notice">
          {notices.join(' ')}
        </p>
      )}
      <RetryBoundary
        key={machineId}
        onReset={() => undefined}
        fallback={(error, retry) => <LoadFailure testId="present-load-error" message={t('present.tourFailed', { detail: '' })} detail={error.message} onRetry={retry} />}
      >
        <Suspense fallback={<p className="notice">{t('present.loading')}</p>}>
          <TourScreen key={machineId} machineId={machineId} show={show} onCommand={command} onStops={onStops} onOpenNotes={onOpenNotes} />
        </Suspense>
      </RetryBoundary>
      {show.blank && (
        <div className="presenter-blank" data-testid="present-blanked" role="status">
          <span>{t('present.blanked')}</span>
        </div>
      )}
    </div>
  );
}
