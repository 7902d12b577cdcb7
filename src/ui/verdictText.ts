import type { VerdictReason } from '../engine/verdict.ts';
import type { ObjectiveState } from '../scenarios/objectives.ts';
import type { I18n } from '../common/i18n.tsx';
import { mistakeText } from './mistakeText.ts';
import { objectiveLabel } from './objectiveLabel.ts';

/** One reason of the verdict in words; objectives are named by their labels. */
export function reasonText(i18n: I18n, machineId: string, reason: VerdictReason, objectives: readonly ObjectiveState[] = []): string {
  const names = (indices: readonly number[]) =>
    indices
      .map((i) => objectives.find((o) => o.index === i))
      .filter((o): o is ObjectiveState => o !== undefined)
      .map((o) => objectiveLabel(i18n, machineId, o))
      .join('; ');
  switch (reason.kind) {
    case 'notFinished':
      return i18n.t('verdict.reason.notFinished', { done: reason.stepsDone, total: reason.stepsTotal });
    case 'timeout':
      return i18n.t('verdict.reason.timeout');
    case 'critical':
      return i18n.t('verdict.reason.critical', { mistake: reason.mistake ? mistakeText(i18n, machineId, reason.mistake) : '–' });
    case 'windowMissed':
      return i18n.t('verdict.reason.windowMissed', { objectives: names(reason.objectives) || '–' });
    case 'objectivesOpen':
      return i18n.t('verdict.reason.objectivesOpen', { objectives: names(reason.objectives) || '–' });
    case 'belowPassMark':
      return i18n.t('verdict.reason.belowPassMark', { score: reason.score, mark: reason.passMark });
  }
}
