import { use, useMemo, type ComponentProps } from 'react';
import { untrusted } from '../engine/untrustedText.ts';
import type { Mode } from '../engine/session.ts';
import { startAtStep } from '../engine/startAtStep.ts';
import type { Drill } from '../scenarios/types.ts';
import { useI18n } from '../common/i18n.tsx';
import { machineBundle } from './machineBundle.ts';
import { MachineScreen } from './MachineScreen.tsx';
import { ResumeGate } from './ResumeGate.tsx';

type Props = Omit<ComponentProps<typeof MachineScreen>, 'module' | 'drill' | 'drills' | 'modeNotice' | 'shareLink' | 'stepStart' | 'stepNotice'> & {
  /** `&step=<id>` of the link: guided practice starts where that step begins. */
  startStep: string | null;
  machineId: string;
  scenarioId: string | null;
  fileDrill: Drill | null;
  /** Notices about the link itself (unknown mode or language), already in the learner's language. */
  linkNotices: readonly string[];
  /** The mode the link asked for, when it named a known one. */
  linkMode: Mode | null;
  shareLink: (drillId: string, mode: Mode) => string;
  /** The attempt the home screen's "continue" asked for: resumed without asking again. */
  autoResume: string | null;
};

/**
 * Lazy entry of the machine screen: loads the one machine the id names (its own chunk: chart,
 * texts, drills) and resolves a drill id to its drill.
 */
export default function MachineRoute({ machineId, scenarioId, fileDrill, linkNotices, linkMode, shareLink, autoResume, startStep, ...rest }: Props) {
  const i18n = useI18n();
  const { module, drills } = use(machineBundle(machineId));
  const findDrill = (id: string) => drills.find((d) => d.id === id);
  const bundled = scenarioId ? findDrill(scenarioId) : undefined;
  const inDrill = Boolean(bundled || fileDrill);
  // Pure and quick (the golden run up to the step); once per opening of the screen.
  const stepStart = useMemo(() => (startStep && !inDrill && rest.mode === 'guided' ? startAtStep(module, startStep) : null), [startStep, inDrill, rest.mode, module]);
  const stepName = (id: string) => {
    const i = module.procedure.steps.findIndex((st) => st.id === id);
    return { n: i + 1, step: i18n.tm(module.id, `step.${id}`) };
  };
  const shownStep = startStep ? untrusted(startStep, 60) : '';
  const stepNotice = !startStep
    ? null
    : inDrill
      ? { text: i18n.t('step.inDrill', { step: shownStep }), tone: 'warn' as const }
      : rest.mode !== 'guided'
        ? { text: i18n.t('step.notGuided', { step: shownStep }), tone: 'warn' as const }
        : !stepStart?.ok
          ? { text: i18n.t(stepStart?.reason === 'unreachable' ? 'step.unreachable' : 'step.unknown', { step: shownStep }), tone: 'warn' as const }
          : {
              text: stepStart.alreadyDone
                ? i18n.t('step.startAtDone', stepName(stepStart.step))
                : stepStart.with?.length
                  ? i18n.t('step.startAtWith', { ...stepName(stepStart.step), with: stepStart.with.map((id) => stepName(id).n).join(', ') })
                  : i18n.t('step.startAt', stepName(stepStart.step)),
              tone: 'info' as const,
            };
  const notices = [
    ...linkNotices,
    scenarioId && !bundled ? i18n.t('drill.unknown', { id: untrusted(scenarioId, 60) }) : null,
    // The drill decides its mode; a link asking for another one is told so instead of silently ignored.
    bundled && !fileDrill && linkMode && linkMode !== bundled.mode
      ? i18n.t('drill.ownMode', { mode: i18n.t(`mode.${bundled.mode}`), asked: i18n.t(`mode.${linkMode}`) })
      : null,
  ].filter((n): n is string => Boolean(n));
  return (
    <ResumeGate module={module} drills={drills} autoResume={autoResume} enabled={!rest.record}>
      {(resume) => (
        <MachineScreen
          module={module}
          drills={drills}
          modeNotice={notices.length ? notices.join(' ') : null}
          shareLink={(drillId) => shareLink(drillId, findDrill(drillId)?.mode ?? rest.mode)}
          {...rest}
          drill={resume ? resume.drill : (fileDrill ?? bundled ?? null)}
          stepStart={resume || !stepStart?.ok ? null : stepStart}
          stepNotice={resume ? null : stepNotice}
          resume={resume?.attempt ?? null}
        />
      )}
    </ResumeGate>
  );
}
