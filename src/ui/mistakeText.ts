import { ENGINE_MISTAKES } from '../engine/mistakes.ts';
import type { I18n } from '../common/i18n.tsx';

const ENGINE_IDS = new Set<string>(Object.values(ENGINE_MISTAKES).map((m) => m.id));

/** A mistake's texts: machine mistakes from the machine catalogue, shared ones from the app's. */
export function mistakeText(i18n: I18n, machineId: string, id: string, part: '' | '.why' | '.instead' = ''): string {
  return ENGINE_IDS.has(id) ? i18n.t(`mistake.${id}${part}`) : i18n.tm(machineId, `mistake.${id}${part}`);
}
