import { useEffect, useState, type ReactNode } from 'react';
import type { Lang } from '../i18n/catalogue.ts';
import type { GladiEvent, MachineModule } from '../engine/machineModule.ts';
import { recomputeRecord, type RecomputedRecord } from '../records/recordCheck.ts';
import { practiceOptions } from '../engine/replay.ts';
import { createSession, type Mode } from '../engine/session.ts';
import { sessionAtStep, type StepStart } from '../engine/startAtStep.ts';
import type { OpenedRecord } from '../records/sessionRecord.ts';
import type { Driveable, RealTimeDriver } from '../engine/react/realTimeDriver.ts';
import { startDrill, type DrillRun } from '../scenarios/drillRun.ts';
import { resumeRun } from '../storage/resumeRun.ts';
import type { Attempt } from '../records/attempt.ts';
import { Header } from './MachineHeader.tsx';
import { useAutosave, type AttemptOrigin } from './useAutosave.ts';
import type { Drill } from '../scenarios/types.ts';
import { DrillList } from './DrillList.tsx';
import { DrillOutcome } from './DrillOutcome.tsx';
import { DrillPanel } from './DrillPanel.tsx';
import { TrainerPanel } from './TrainerPanel.tsx';
import { TrainerUnlock } from './trainer/TrainerUnlock.tsx';
import { useTrainerView, type TrainerViewState } from './trainer/useTrainerView.ts';
import { SessionContext, useMachineSelector, useSessionSelector } from '../engine/react/SessionContext.tsx';
import { useLiveSession, type SentEvent } from '../engine/react/useLiveSession.ts';
import { useReplay } from '../engine/react/useReplay.ts';
import { CoachCard } from './CoachCard.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ControlPanel } from './ControlPanel.tsx';
import { Debrief } from './Debrief.tsx';
import { Countdown } from './Countdown.tsx';
import { FastForward } from './FastForward.tsx';
import { HelpButton } from './HelpButton.tsx';
import { HintContext, NO_HINTS, type Hints } from '../common/HintContext.tsx';
import { useI18n } from '../common/i18n.tsx';
import { RecordSummary } from './RecordSummary.tsx';
import { ReplayBar } from './ReplayBar.tsx';
import { StageSlot } from './StageSlot.tsx';
import { StatusBar } from './StatusBar.tsx';
import { StepList } from './StepList.tsx';
import { Timeline } from './Timeline.tsx';
import { useNarration } from './useNarration.ts';
import { useTwoHandKeys } from './useTwoHandKeys.ts';
import { useReportUnsaved } from './UnsavedWork.tsx';
import { MachineDownload } from './offline/MachineDownload.tsx';
import { SopLink } from './sop/SopLink.tsx';

interface Props {
  module: MachineModule;
  mode: Mode;
  modeNotice: string | null;
  /** A record opened from a file (checked and recomputed): its summary, then its replay, instead of practising. */
  record?: OpenedRecord | null;
  /** A drill to run (from a shared link, the list, or a trainer's file). */
  drill?: Drill | null;
  /** This machine's bundled drills. */
  drills: readonly Drill[];
  /** Show the trainer panel from the start (?trainer=1). */
  trainer?: boolean;
  /** A saved running attempt to continue: its log is replayed, then the session goes on live from its clock. */
  resume?: Attempt | null;
  onStartDrill: (drill: Drill, bundled: boolean) => void;
  shareLink: (drillId: string) => string;
  onBack: () => void;
  onLang: (lang: Lang) => void;
  onMode: (mode: Mode) => void;
  onRestart: () => void;
  /** Guided practice from a step (`&step=`): where the golden run reaches it. */
  stepStart?: Extract<StepStart, { ok: true }> | null;
  /** What the link's step did (started there, or why not), in the learner's language. */
  stepNotice?: { readonly text: string; readonly tone: 'info' | 'warn' } | null;
}

/** One machine: the 3D stage beside the side panel, over a live session or a replay. */
export function MachineScreen({ module, mode: routeMode, modeNotice, record, drill, drills, trainer, resume, onStartDrill, shareLink, onBack, onLang, onMode, onRestart, stepStart, stepNotice }: Props) {
  const mode = resume?.record.log.mode ?? drill?.mode ?? routeMode;
  const live = useLiveSession(module, (): Driveable => {
    if (resume) return resumeRun(module, resume.record.log, drill ?? null);
    if (drill) return startDrill(module, drill);
    return stepStart && mode === 'guided' ? sessionAtStep(module, stepStart) : createSession(module, practiceOptions(mode));
  });
  const origin = resume ? { id: resume.id, startedAt: resume.startedAt } : null;
  const trainerView = useTrainerView(mode, Boolean(trainer));
  const [replayOf, setReplayOf] = useState<RecomputedRecord | null>(record ?? null);
  const [debrief, setDebrief] = useState(false);
  useTwoHandKeys(live.handle, replayOf === null && !debrief);
  const frame = (handle: typeof live.handle, side: ReactNode, hints: Hints, shownMode: Mode, sideKey: string) => (
    <SessionContext.Provider value={handle}>
      <HintContext.Provider value={hints}>
        <MachineRoot machineId={module.id} mode={shownMode}>
          <Header
            module={module}
            mode={shownMode}
            onBack={onBack}
            onLang={onLang}
            onMode={onMode}
            replaying={replayOf !== null}
            inDrill={Boolean(drill)}
            onLongPress={trainerView.toggle}
          />
          {modeNotice && (
            <p className="notice warn" role="alert">
              {modeNotice}
            </p>
          )}
          {stepNotice && (
            <p className={`notice${stepNotice.tone === 'warn' ? ' warn' : ''}`} role="status" data-testid="step-notice" data-step-start={stepStart?.step ?? ''}>
              {stepNotice.text}
            </p>
          )}
          <Layout module={module} side={side} sideKey={sideKey} />
        </MachineRoot>
      </HintContext.Provider>
    </SessionContext.Provider>
  );
  if (replayOf) return <ReplayHost module={module} opened={replayOf} summary={record ?? null} frame={frame} onClose={() => setReplayOf(null)} />;
  return (
    <LiveHost
      run={live.run}
      driver={live.driver}
      trainerView={trainerView}
      drillTools={drill ? null : <DrillList drills={drills} onStart={onStartDrill} shareLink={shareLink} />}
      handle={live.handle}
      lastSent={live.lastSent}
      mode={mode}
      debrief={debrief}
      setDebrief={setDebrief}
      origin={origin}
      onReplay={() => setReplayOf(recomputeRecord(module, live.handle.session.log(), drill ?? undefined))}
      onRestart={onRestart}
      onSkip={() => {
        live.driver.sync();
        live.run.skipWait();
        live.driver.kick();
      }}
      frame={frame}
    />
  );
}

type Frame = (handle: ReturnType<typeof useLiveSession>['handle'], side: ReactNode, hints: Hints, mode: Mode, sideKey: string) => ReactNode;

function LiveHost(props: {
  run: Driveable;
  driver: RealTimeDriver;
  trainerView: TrainerViewState;
  drillTools: ReactNode;
  handle: ReturnType<typeof useLiveSession>['handle'];
  lastSent: SentEvent | null;
  mode: Mode;
  debrief: boolean;
  setDebrief: (v: boolean) => void;
  origin: AttemptOrigin | null;
  onReplay: () => void;
  onRestart: () => void;
  onSkip: () => void;
  frame: Frame;
}) {
  const { handle, lastSent, mode, debrief, setDebrief, run } = props;
  const { session } = handle;
  const drillRun = 'drill' in run ? (run as DrillRun) : null;
  const i18n = useI18n();
  const [outcome, setOutcome] = useState<string>(session.outcome().status);
  const [requested, setRequested] = useState<GladiEvent[] | null>(null);
  const [narrate, setNarrate] = useState(false);
  const [askFinish, setAskFinish] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(() => session.subscribe(() => setVersion((v) => v + 1)), [session]);
  useEffect(() => {
    const status = drillRun ? (drillRun.result().status === 'running' ? 'running' : 'over') : session.outcome().status;
    setOutcome(status);
    if (status !== 'running') setDebrief(true);
  }, [version, session, setDebrief, drillRun]);
  useEffect(() => setRequested(null), [lastSent]);
  // A stored attempt can be resumed, so leaving is safe; only where it is not kept (no learner,
  // no IndexedDB, a failed write) does leaving mid-session after a trainee action ask first.
  const saving = useAutosave(run, props.origin);
  const acted = session.log().entries.some((e) => e.kind !== 'event' || e.by === 'trainee');
  useReportUnsaved(acted && !debrief && outcome === 'running' && (saving === 'off' || saving === 'failed'));
  // The debrief ends the run at this moment (closing a pause first): nothing runs behind it.
  const { driver } = props;
  useEffect(() => {
    if (debrief) driver.end();
  }, [debrief, driver]);

  const waitingLong = run.canSkip();
  const shown = mode === 'guided' ? run.hints() : mode === 'free' ? requested : null;
  const hints: Hints = shown ? { events: shown, fastForward: shown.length === 0 && waitingLong } : NO_HINTS;
  const currentStep = mode === 'guided' ? session.steps().find((st) => st.current) : undefined;
  const narration = useNarration(currentStep ? i18n.tm(handle.module.id, `step.${currentStep.id}`) : '', i18n.lang, narrate);

  const tv = props.trainerView;
  const trainerPanel =
    tv.view === 'open' ? (
      <SideSection title={i18n.t('trainer.title')} testId="trainer-section">
        <TrainerPanel run={run} driver={props.driver} onRestart={props.onRestart} onHide={tv.close} pins={mode === 'exam' ? undefined : tv.pins} />
      </SideSection>
    ) : tv.view === 'unlocking' ? (
      <TrainerUnlock pins={tv.pins} onUnlock={tv.unlock} onCancel={tv.close} />
    ) : null;
  const saveNote = (
    <p className="notice warn" role="status" data-testid="save-status" data-save={saving} hidden={saving !== 'failed'}>
      {i18n.t('save.failed')}
    </p>
  );
  const side = debrief ? (
    <>
      {saveNote}
      {drillRun && <DrillOutcome run={drillRun} result={drillRun.result()} />}
      <Debrief onReplay={props.onReplay} onRestart={props.onRestart} drillRun={drillRun} verdict={drillRun?.result().verdict} />
    </>
  ) : (
    <>
      {/* What the machine says and the latest mistake stay in view above everything that scrolls. */}
      <div className="side-top" data-testid="side-top">
        {saveNote}
        <StatusBar lastSent={lastSent} showRefusals={mode !== 'exam'} onResume={() => props.driver.resume()} />
        {mode === 'guided' && <CoachCard />}
        <Countdown run={run} drill={drillRun} />
      </div>
      {trainerPanel}
      {drillRun && (
        <SideSection title={i18n.t('drill.title')} testId="drill-section">
          <DrillPanel run={drillRun} />
        </SideSection>
      )}
      <div className="session-actions">
        <FastForward onSkip={props.onSkip} />
        {mode === 'free' && <HelpButton hints={requested} onAsk={() => setRequested(run.requestHint())} />}
        {mode === 'guided' && (
          <label className="narration-toggle">
            <input type="checkbox" checked={narrate} disabled={!narration.available} onChange={(e) => setNarrate(e.target.checked)} />
            {narration.available ? i18n.t('guided.narrate') : i18n.t('guided.noVoice')}
          </label>
        )}
        <button type="button" onClick={() => setAskFinish(true)} data-testid="finish">
          {i18n.t('session.finish')}
        </button>
      </div>
      {askFinish && (
        <ConfirmDialog
          title={i18n.t('finish.title')}
          body={i18n.t('finish.body')}
          confirmLabel={i18n.t('finish.yes')}
          cancelLabel={i18n.t('finish.no')}
          onConfirm={() => {
            setAskFinish(false);
            setDebrief(true);
          }}
          onCancel={() => setAskFinish(false)}
          testId="finish-dialog"
        />
      )}
      {mode !== 'exam' && <StepList highlight={mode === 'guided'} />}
      <ControlPanel />
      {props.drillTools}
      <SopLink machineId={handle.module.id} />
    </>
  );
  return <>{props.frame(handle, side, outcome === 'running' ? hints : NO_HINTS, mode, debrief ? 'debrief' : 'live')}</>;
}

/**
 * A replay shows only what the replay recomputed (accepted flags, mistakes), never a file's own
 * values. A record from a file opens on its summary first; closing its replay returns there.
 */
function ReplayHost({ module, opened, summary, frame, onClose }: { module: MachineModule; opened: RecomputedRecord; summary: OpenedRecord | null; frame: Frame; onClose: () => void }) {
  const replay = useReplay(module, opened.log);
  const [onSummary, setOnSummary] = useState(summary !== null);
  const side =
    summary && onSummary ? (
      <RecordSummary opened={summary} onReplay={() => setOnSummary(false)} />
    ) : (
      <>
        <ReplayBar replay={replay} onClose={summary ? () => setOnSummary(true) : onClose} />
        <StatusBar lastSent={null} showRefusals={false} />
        <Timeline machineId={module.id} entries={opened.log.entries} mistakes={opened.mistakes} position={replay.position} setupCount={opened.drill?.start.length ?? 0} />
      </>
    );
  return <>{frame(replay.handle, side, NO_HINTS, opened.log.mode, onSummary && summary ? 'summary' : 'replay')}</>;
}

function Layout({ module, side, sideKey }: { module: MachineModule; side: ReactNode; sideKey: string }) {
  const { tm } = useI18n();
  return (
    <main className="machine-layout">
      <section className="stage" aria-label={tm(module.id, 'name')}>
        <StageSlot module={module} />
        {/* In the stage's corner, so a tablet's stage keeps its height (not a row of its own). */}
        <MachineDownload machineId={module.id} place="machine" />
      </section>
      {/* A new key per panel kind starts it scrolled to the top (the debrief's result first). */}
      <div className="side-panel" key={sideKey} data-testid="side-panel">
        {side}
      </div>
    </main>
  );
}

/** A panel part that can be folded away so the controls come closer (briefing, trainer tools). */
function SideSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <details className="side-section" open data-testid={testId}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** The automation/support hooks: these attributes always mirror the session shown. */
function MachineRoot({ machineId, mode, children }: { machineId: string; mode: Mode; children: ReactNode }) {
  const value = useMachineSelector((s) => JSON.stringify(s.value));
  const tags = useMachineSelector((s) => [...s.tags].sort().join(' '));
  const status = useSessionSelector((s) => s.outcome().status);
  return (
    <div className="machine-screen" data-machine={machineId} data-state={value} data-tags={tags} data-mode={mode} data-session={status}>
      {children}
    </div>
  );
}
