import { Suspense, useCallback, useEffect, useState } from 'react';
import { untrusted } from '../engine/untrustedText.ts';
import { isKnownMachine } from '../machines/catalogue.ts';
import type { Attempt } from '../records/attempt.ts';
import type { OpenedRecord } from '../records/sessionRecord.ts';
import type { Drill } from '../scenarios/types.ts';
import type { Lang } from '../i18n/catalogue.ts';
import { Home } from '../ui/Home.tsx';
import { I18nProvider, useI18n } from '../common/i18n.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { LoadFailure } from '../ui/LoadFailure.tsx';
import { RetryBoundary } from '../ui/RetryBoundary.tsx';
import { retryableLazy } from '../ui/retryableLazy.tsx';
import { UnsavedWorkContext } from '../ui/UnsavedWork.tsx';
import { useLeaveGuard } from './useLeaveGuard.tsx';
import { useWarmers } from './prefetch/useWarmers.ts';
import { useDeviceLearners } from './useDeviceLearners.ts';
import { LearnerContext } from '../ui/LearnerContext.tsx';
import { LearnerPicker } from '../ui/LearnerPicker.tsx';
import { StorageUse } from '../ui/StorageUse.tsx';
import { UnfinishedAttempt } from '../ui/UnfinishedAttempt.tsx';
import { ProgressLink } from '../ui/learner/ProgressLink.tsx';
import { partFailureMessage } from '../ui/offline/networkMessage.ts';
import { useOnline } from '../ui/offline/useOnline.ts';
import { ShowPicker } from '../ui/presenter/ShowPicker.tsx';
import { retryImport, takeCarriedFile } from '../ui/reloadToRetry.ts';

import { parseRoute, routeToSearch, type AppRoute } from './urlParams.ts';
import { presenterPlaylist } from './presenterPlaylist.ts';
import { PACE_MAX_S, PACE_MIN_S } from '../presenter/playlist.ts';

const machineRoute = retryableLazy(() => import('../ui/MachineRoute.tsx'));
const progressPage = retryableLazy(() => import('../ui/learner/ProgressPage.tsx'));
/** Presenter mode (`?present=<id>,<id>`): loaded only for a show. */
const presenterRoute = retryableLazy(() => import('../ui/presenter/PresenterRoute.tsx'));
/** The trainer's class view (`?view=class`): loaded only when opened, so the home stays small. */
const classView = retryableLazy(() => import('../ui/classView/ClassView.tsx'));
/** A machine's printable SOP card (`?sop=<id>`): loaded only when opened. */
const sopRoute = retryableLazy(() => import('../ui/sop/SopRoute.tsx'));

/** The record validator and every machine's chart: loaded only when a record file is opened. */
const loadRecordReader = () =>
  import('../engine/zodWithoutEval.ts').then(() =>
    Promise.all([import('../records/sessionRecord.ts'), import('../engine/recordLimits.ts'), import('../machines/index.ts'), import('../scenarios/bundled.ts')]),
  );

/** A record that could not be opened because its reader did not load (offline): kept for the retry. */
interface ReaderFailure {
  readonly file: File;
  readonly detail: string;
}

/** Composition root: the route lives in the URL so a link opens the same screen on any device. */
export function App() {
  const [route, setRoute] = useState<AppRoute>(() => parseRoute(window.location.search));
  const leave = useLeaveGuard(useCallback((search: string) => setRoute(parseRoute(search)), []));
  const { shown } = leave;
  const learners = useDeviceLearners(route.learner);
  useEffect(() => {
    document.documentElement.lang = route.lang;
  }, [route.lang]);

  const navigate = useCallback((next: Partial<AppRoute>, replace = false) => {
    setRoute((prev) => {
      const merged = { ...prev, ...next };
      const search = routeToSearch(merged, window.location.search);
      if (replace) window.history.replaceState(null, '', search);
      else window.history.pushState(null, '', search);
      shown(search);
      return parseRoute(search);
    });
  }, [shown]);

  return (
    <I18nProvider lang={route.lang}>
      <LearnerContext.Provider value={learners}>
        <UnsavedWorkContext.Provider value={leave.work}>
          <Screen route={route} navigate={navigate} guard={leave.guard} learnerId={learners.current?.id ?? ''} />
        </UnsavedWorkContext.Provider>
      </LearnerContext.Provider>
      {leave.dialog}
    </I18nProvider>
  );
}

function Screen({ route, navigate, guard, learnerId }: { route: AppRoute; navigate: (r: Partial<AppRoute>, replace?: boolean) => void; guard: (action: () => void) => void; learnerId: string }) {
  const { t } = useI18n();
  const online = useOnline();
  const machineId = isKnownMachine(route.machine) ? route.machine : null;
  useWarmers(machineId);
  const setLang = (lang: Lang) => navigate({ lang }, true);
  // Values from the link are untrusted: clipped so a huge one cannot flood or widen the page.
  const linkNotices = route.badLang ? [t('app.unknownLang', { lang: untrusted(route.badLang, 40) })] : [];
  const [restarts, setRestarts] = useState(0);
  const [record, setRecord] = useState<OpenedRecord | null>(null);
  /** A trainer's own drill file (not addressable by URL); bundled drills come from `?scenario=`. */
  const [fileDrill, setFileDrill] = useState<Drill | null>(null);
  const [fileProblems, setFileProblems] = useState<string[] | null>(null);
  const [readerFailure, setReaderFailure] = useState<ReaderFailure | null>(null);
  /** The attempt the home screen's "continue" chose (the machine resumes it without asking again). */
  const [autoResume, setAutoResume] = useState<string | null>(null);
  const openFile = async (file: File, retrying = false) => {
    // Nothing changes unless the whole file is valid.
    // The validator (and its schema library) loads only when a file is opened; offline, say so and offer a retry.
    let reader: Awaited<ReturnType<typeof loadRecordReader>>;
    try {
      reader = await (retrying ? retryImport(loadRecordReader, { file }) : loadRecordReader());
    } catch (error) {
      return setReaderFailure({ file, detail: String(error) });
    }
    setReaderFailure(null);
    const [{ parseRecord }, { sizeProblem }, { machineModules }, { bundledDrills }] = reader;
    // A file too big to be a record is refused before it is read at all.
    const tooBig = sizeProblem(file.name, file.size);
    if (tooBig) return setFileProblems([tooBig]);
    const parsed = parseRecord(file.name, await file.text(), machineModules, bundledDrills);
    if (!parsed.ok) return setFileProblems(parsed.changed ? [t('record.changed'), ...parsed.problems] : parsed.problems);
    setFileProblems(null);
    setRecord(parsed);
    navigate({ machine: parsed.record.log.machineId });
  };
  // The page reloaded itself to fetch the record reader again: open the file it was given.
  useEffect(() => {
    const carried = takeCarriedFile();
    if (carried) void openFile(carried);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on the first screen of this page
  }, []);
  const show = route.present ? presenterPlaylist(route.present, t) : null;
  if (show && show.play.length > 0) {
    const notices = [...linkNotices, ...show.notices, ...(route.badScreen ? [t('present.unknownScreen', { screen: untrusted(route.badScreen, 40) })] : []), ...(route.badPace ? [t('present.badPace', { value: untrusted(route.badPace, 20), min: String(PACE_MIN_S), max: String(PACE_MAX_S) })] : [])];
    return (
      <RetryBoundary onReset={presenterRoute.reset} fallback={(error, retry) => <LoadFailure testId="present-load-error" message={t('load.failed', { part: t('present.title') })} detail={error.message} onRetry={retry} />}>
        <Suspense fallback={<p className="notice">{t('present.loading')}</p>}>
          <presenterRoute.Component playlist={show.play} paceSeconds={route.pace} screen={route.screen} notices={notices} onLeave={() => navigate({ present: null, machine: null })} />
        </Suspense>
      </RetryBoundary>
    );
  }
  if (route.sop && isKnownMachine(route.sop)) {
    const sopId = route.sop;
    return (
      <RetryBoundary key={sopId} onReset={sopRoute.reset} fallback={(error, retry) => <LoadFailure testId="sop-load-error" message={t('load.failed', { part: t('sop.title') })} detail={error.message} onRetry={retry} />}>
        <Suspense fallback={<p className="notice">{t('sop.loading')}</p>}>
          <sopRoute.Component
            machineId={sopId}
            paper={route.paper}
            notices={[...linkNotices, ...(route.badPaper ? [t('sop.badPaper', { paper: untrusted(route.badPaper, 20) })] : [])]}
            onPaper={(paper) => {
              const p = new URLSearchParams(window.location.search);
              p.set('paper', paper);
              window.history.replaceState(null, '', `?${p.toString()}`);
              navigate({ paper }, true);
            }}
            onLang={setLang}
            onBack={() => navigate({ sop: null, machine: sopId, mode: 'free', scenario: null })}
          />
        </Suspense>
      </RetryBoundary>
    );
  }
  if (!machineId && route.view === 'progress') {
    const home = () => navigate({ view: null });
    return (
      <>
        <div className="top-bar">
          <LanguageSwitch onChange={setLang} />
        </div>
        <RetryBoundary
          onReset={progressPage.reset}
          fallback={(error, retry) => <LoadFailure testId="progress-load-error" message={t('load.failed', { part: t('load.part.progress') })} detail={error.message} onRetry={retry} />}
        >
          <Suspense fallback={<p className="notice">{t('progress.loading')}</p>}>
            <progressPage.Component onBack={home} onPractise={(id) => navigate({ machine: id, mode: 'guided', scenario: null, view: null })} />
          </Suspense>
        </RetryBoundary>
      </>
    );
  }
  /** A saved attempt opens exactly as a record file does: checked, then its debrief and replay. */
  const openAttempt = (a: Attempt) => void openFile(new File([JSON.stringify(a.record)], `${a.id}.json`, { type: 'application/json' }));
  const showView = (view: AppRoute['view']) => {
    setFileProblems(null);
    navigate({ view });
  };
  // Learners' results are the trainer's to see: the class view opens only in trainer mode, never from a bare link.
  if (!machineId && route.view === 'class' && route.trainer) {
    return (
      <>
        <div className="top-bar">
          <button type="button" onClick={() => showView(null)} data-testid="back">
            ← {t('class.back')}
          </button>
          <LanguageSwitch onChange={setLang} />
        </div>
        <RetryBoundary
          onReset={classView.reset}
          fallback={(error, retry) => <LoadFailure testId="class-load-error" message={t('load.failed', { part: t('class.open') })} detail={error.message} onRetry={retry} />}
        >
          <Suspense fallback={<p className="notice">{t('class.loading')}</p>}>
            <classView.Component onOpenAttempt={openAttempt} openProblems={fileProblems} />
          </Suspense>
        </RetryBoundary>
      </>
    );
  }
  if (!machineId) {
    return (
      <>
        <div className="top-bar">
          <LanguageSwitch onChange={setLang} />
        </div>
        <section className="learner-bar">
          <LearnerPicker inline />
          <ProgressLink onOpen={() => navigate({ view: 'progress' })} />
          <UnfinishedAttempt
            onResume={(a) => {
              setAutoResume(a.id);
              navigate({ machine: a.machineId, mode: a.record.log.mode, scenario: a.record.scenario ?? null });
            }}
          />
          <StorageUse />
          <ShowPicker onStart={(ids, pace) => navigate({ present: ids, pace, machine: null })} />
          {route.trainer && (
            <button type="button" className="class-view-open" onClick={() => showView('class')} data-testid="open-class-view">
              {t('class.open')}
            </button>
          )}
        </section>
        <Home
          onOpen={(id, mode) => navigate({ machine: id, mode, scenario: null })}
          onOpenRecord={(file) => void openFile(file)}
          fileProblems={fileProblems}
          notices={[
            ...linkNotices,
            ...(show ? show.notices : []),
            ...(route.machine ? [t('home.noMachine', { id: untrusted(route.machine, 60) })] : []),
            ...(route.sop ? [t('sop.unknown', { id: untrusted(route.sop, 60) })] : []),
          ]}
          recordFailure={
            readerFailure && (
              <LoadFailure
                testId="record-load-error"
                message={t('load.failed', { part: t('load.part.record') })}
                detail={readerFailure.detail}
                onRetry={() => void openFile(readerFailure.file, true)}
              />
            )
          }
        />
      </>
    );
  }
  const replaying = record && record.log.machineId === machineId ? record : null;
  const back = () => {
    setRecord(null);
    setFileDrill(null);
    navigate({ machine: null, scenario: null, step: null });
  };
  return (
    <RetryBoundary
      key={machineId}
      onReset={machineRoute.reset}
      fallback={(error, retry) => (
        <>
          <div className="top-bar">
            <button type="button" onClick={back} data-testid="back">
              ← {t('machine.back')}
            </button>
            <LanguageSwitch onChange={setLang} />
          </div>
          <LoadFailure testId="machine-load-error" message={partFailureMessage(t, t('load.part.machine'), online)} detail={error.message} onRetry={retry} />
        </>
      )}
    >
    <Suspense fallback={<p className="notice">{t('machine.loading')}</p>}>
    <machineRoute.Component
      key={`${machineId}:${learnerId}:${route.mode}:${restarts}:${replaying ? replaying.record.savedAt : 'live'}:${route.scenario ?? ''}:${fileDrill?.file ?? ''}:${route.step ?? ''}`}
      machineId={machineId}
      startStep={replaying ? null : route.step}
      scenarioId={route.scenario}
      fileDrill={fileDrill && fileDrill.machine === machineId ? fileDrill : null}
      trainer={route.trainer}
      onStartDrill={(drill, bundled) =>
        guard(() => {
          setRestarts((n) => n + 1);
          if (bundled) {
            setFileDrill(null);
            navigate({ scenario: drill.id, mode: drill.mode, step: null });
          } else setFileDrill(drill);
        })
      }
      shareLink={(drillId, mode) => routeToSearch({ machine: machineId, lang: route.lang, mode, scenario: drillId }, '')}
      mode={route.mode}
      linkMode={route.modeInLink ? route.mode : null}
      record={replaying}
      autoResume={autoResume}
      linkNotices={[...(route.badMode ? [t('machine.unknownMode', { mode: untrusted(route.badMode, 40) })] : []), ...linkNotices]}
      onBack={() => guard(back)}
      onLang={setLang}
      onMode={(mode) =>
        guard(() => {
          setFileDrill(null);
          navigate({ mode, scenario: null, step: null }, true);
        })
      }
      onRestart={() => setRestarts((n) => n + 1)}
    />
    </Suspense>
    </RetryBoundary>
  );
}
