import type { MachineMessages } from '../../i18n/catalogue.ts';
import { heatSetterSummary } from './summary.ts';
import { heatSetterTextsEn } from './textsEn.ts';
import { heatSetterTextsId } from './textsId.ts';

/** Every text of the heat setter line, Bahasa Indonesia first, then English; name and purpose from the summary. */
export const heatSetterMessages = {
  id: { ...heatSetterSummary.texts.id, ...heatSetterTextsId },
  en: { ...heatSetterSummary.texts.en, ...heatSetterTextsEn },
} as const satisfies MachineMessages;
