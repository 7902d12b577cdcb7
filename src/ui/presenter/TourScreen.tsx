import { use, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { SessionContext, useMachineSelector, useSessionSelector } from '../../engine/react/SessionContext.tsx';
import type { Command } from '../../presenter/protocol.ts';
import type { Show } from '../../presenter/show.ts';
import { pickMistake, type StopMistake } from '../../presenter/showMistake.ts';
import { focusNode } from '../../scene/presentation.ts';
import { HintContext, type Hints } from '../../common/HintContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { actionLabel } from '../actionLabel.ts';
import { CoachCard } from '../CoachCard.tsx';
import { ControlPanel } from '../ControlPanel.tsx';
import { machineBundle } from '../machineBundle.ts';
import { StageSlot } from '../StageSlot.tsx';
import { StatusBar } from '../StatusBar.tsx';
import { useNarration } from '../useNarration.ts';
import { FullscreenButton } from './FullscreenButton.tsx';
import { ShowControls } from './ShowControls.tsx';
import { tourOf } from './tourOf.ts';
import { useTourSession } from './useTourSession.ts';

interface Props {
  machineId: string;
  show: Show;
  onCommand: (c: Command) => void;
  /** Called once the tour is known: how many stops it has. */
  onStops: (machineId: string, stops: number) => void;
  onOpenNotes: () => void;
}

/** One machine's tour on the projector: the stage, the step's text large, the status, the coach card. */
export function TourScreen({ machineId, show, onCommand, onStops, onOpenNotes }: Props) {
  const i18n = useI18n();
  const { module } = use(machineBundle(machineId));
  const tour = useMemo(() => tourOf(module), [module]);
  const stops = tour.steps.length;
  useEffect(() => onStops(module.id, stops), [module.id, stops, onStops]);
  const position = Math.min(show.position, stops);
  const { handle, sendAs, lastSent } = useTourSession(module, tour, position, show.replays, show.live, () => {
    if (!show.live) onCommand('live');
  });
  const { session } = handle;
  const version = useSyncExternalStore(
    (cb) => session.subscribe(cb),
    () => session.log().entries.length + session.clock.now(),
  );
  const hints = useMemo<Hints>(() => ({ events: session.hints(), fastForward: false }), [session, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const stop = tour.steps[position];
  const focus = stop?.focus ?? null;
  useEffect(() => {
    if (focus) focusNode(focus);
  }, [focus, position, show.replays]);
  const shownMistake = useShowMistake(show.mistakes, session, () => {
    const pick = pickMistake(module, session.actor.getSnapshot());
    if (pick) sendAs(pick.event, pick.kind === 'fault' ? 'trainer' : 'trainee');
    return pick;
  });
  const title = stop ? i18n.tm(module.id, `step.${stop.stepIds[0]}`) : i18n.t('present.over');
  const [narrate, setNarrate] = useState(true);
  const narration = useNarration(title, i18n.lang, narrate && !show.blank);
  return (
    <SessionContext.Provider value={handle}>
      <HintContext.Provider value={hints}>
        <TourRoot machineId={module.id} position={position} stops={stops} focus={focus} live={show.live}>
          <header className="presenter-bar">
            <h1>{i18n.tm(module.id, 'name')}</h1>
            {show.playlist.length > 1 && (
              <p className="presenter-playlist" data-testid="present-machine-of">
                {i18n.t('present.machineOf', { n: show.machineIndex + 1, total: show.playlist.length, name: i18n.tm(module.id, 'name') })}
              </p>
            )}
            <ShowControls
              state={{ position, stops, blank: show.blank, timer: show.timer, live: show.live, first: show.machineIndex === 0, last: show.machineIndex === show.playlist.length - 1 }}
              onCommand={onCommand}
            >
              <FullscreenButton />
              <button type="button" onClick={onOpenNotes} data-testid="present-open-notes">
                {i18n.t('present.openNotes')}
              </button>
              <label className="narration-toggle">
                <input type="checkbox" checked={narrate && narration.available} disabled={!narration.available} onChange={(e) => setNarrate(e.target.checked)} />
                {narration.available ? i18n.t('present.narrate') : i18n.t('present.noVoice')}
              </label>
            </ShowControls>
          </header>
          <section className="presenter-stage stage" aria-label={i18n.tm(module.id, 'name')}>
            <StageSlot module={module} />
          </section>
          <section className="presenter-caption" aria-live="polite">
            <p className="present-count" data-testid="present-count">
              {stop ? i18n.t('present.stop', { n: position + 1, total: stops }) : ''}
            </p>
            <p className="present-step-text" data-testid="present-step-text" data-step={stop?.stepIds[0] ?? ''}>
              {title}
            </p>
            {position === 0 && !show.live && <p className="present-hint">{i18n.t('present.start')}</p>}
            {show.live && <p className="present-live" data-testid="present-live">{i18n.t('present.liveOn')}</p>}
            <StatusBar lastSent={lastSent} showRefusals />
            {/* What "show the mistake" did, while the room still looks at its consequence. */}
            {show.live && <MistakeNote shown={shownMistake} machineId={module.id} />}
            <CoachCard />
            <details className="presenter-panel">
              <summary>{i18n.t('machine.panel')}</summary>
              <ControlPanel />
            </details>
          </section>
        </TourRoot>
      </HintContext.Provider>
    </SessionContext.Provider>
  );
}

/** Runs `show` once per new "show the mistake" request (counted by `requests`); returns what it showed on this session. */
function useShowMistake(requests: number, session: unknown, show: () => StopMistake | null): StopMistake | 'none' | null {
  const handled = useRef(requests);
  const [shown, setShown] = useState<{ on: unknown; what: StopMistake | 'none' } | null>(null);
  const latest = useRef(show);
  useEffect(() => {
    latest.current = show;
  });
  useEffect(() => {
    if (requests === handled.current) return;
    handled.current = requests;
    setShown({ on: session, what: latest.current() ?? 'none' });
  }, [requests, session]);
  return shown && shown.on === session ? shown.what : null;
}

function MistakeNote({ shown, machineId }: { shown: StopMistake | 'none' | null; machineId: string }) {
  const i18n = useI18n();
  if (!shown) return null;
  if (shown === 'none') return <p className="notice">{i18n.t('present.noMistake')}</p>;
  const action = actionLabel(i18n, machineId, { t: 0, kind: 'event', event: shown.event, accepted: false, by: 'trainee' });
  return (
    <p className="notice warn" data-testid="present-mistake-shown" data-kind={shown.kind}>
      {shown.kind === 'fault' ? i18n.t('present.shownFault', { fault: i18n.tm(machineId, `fault.${shown.fault}`) }) : i18n.t('present.shownMistake', { action })}
    </p>
  );
}

/** The automation hooks of a machine screen, plus where the tour is (tests and support read them). */
function TourRoot({ machineId, position, stops, focus, live, children }: { machineId: string; position: number; stops: number; focus: string | null; live: boolean; children: ReactNode }) {
  const value = useMachineSelector((s) => JSON.stringify(s.value));
  const tags = useMachineSelector((s) => [...s.tags].sort().join(' '));
  const status = useSessionSelector((s) => s.outcome().status);
  return (
    <div
      className="machine-screen presenter-screen"
      data-machine={machineId}
      data-state={value}
      data-tags={tags}
      data-mode="guided"
      data-session={status}
      data-tour-position={position}
      data-tour-stops={stops}
      data-tour-focus={focus ?? ''}
      data-tour-live={live ? 'true' : 'false'}
    >
      {children}
    </div>
  );
}
