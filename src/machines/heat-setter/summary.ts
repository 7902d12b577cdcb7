import type { MachineSummary } from '../catalogueTypes.ts';
import { CHILL_MAX_C, CHILL_MIN_C, HEAT_MAX_C, HEAT_MIN_C, LAST_IN_WITHOUT_SETTING_DAYS } from './constants.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
export const heatSetterSummary: MachineSummary = {
  id: 'heat-setter',
  // Bottom room: heat setting follows lasting (40/45) and comes before the margin is roughed for the sole (60).
  line: 50,
  texts: {
    id: {
      name: 'Mesin Oven (Heat Setter) dan Chiller',
      purpose: `Mengunci bentuk sepatu pada les: sepatu dibawa konveyor melewati terowongan panas (${HEAT_MIN_C}–${HEAT_MAX_C} °C) lalu didinginkan cepat di chiller (${CHILL_MAX_C} sampai ${CHILL_MIN_C} °C), baru les dilepas. Tanpa ini les harus tinggal di sepatu sekitar ${LAST_IN_WITHOUT_SETTING_DAYS} hari.`,
    },
    en: {
      name: 'Heat setter (oven) and chiller',
      purpose: `Sets the shoe's shape on the last: the conveyor carries it through a hot tunnel (${HEAT_MIN_C}–${HEAT_MAX_C} °C), then the chiller cools it fast (${CHILL_MAX_C} to ${CHILL_MIN_C} °C) before delasting. Without it, lasts stayed in the shoe about ${LAST_IN_WITHOUT_SETTING_DAYS} days.`,
    },
  },
};

export default heatSetterSummary;
