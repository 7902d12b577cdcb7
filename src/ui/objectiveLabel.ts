import type { ObjectiveState } from '../scenarios/objectives.ts';
import type { I18n } from '../common/i18n.tsx';

/** An objective in words: the author's own label if the file gives one, else a generic sentence. */
export function objectiveLabel(i18n: I18n, machineId: string, o: ObjectiveState): string {
  const obj = o.objective;
  if (obj.label) return obj.label[i18n.lang];
  if (obj.type === 'goodCycles') return i18n.t('objective.goodCycles', { count: obj.count });
  if (obj.type === 'respondToFault')
    return i18n.t('objective.respondToFault', { fault: i18n.tm(machineId, `fault.${obj.fault}`), s: Math.round(obj.withinMs / 1000) });
  return i18n.t('objective.reachState');
}
