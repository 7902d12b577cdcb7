import { COLD_TEMP_SETTINGS_C, DWELL_SETTINGS_S, HOT_TEMP_SETTINGS_C, REGULATOR_SETTINGS_BAR } from '../constants.ts';

/** Allowed values of every `user.set` control (anything else is refused). */
export const SET_VALUES: Readonly<Record<string, readonly string[]>> = {
  mainSwitch: ['on', 'off'],
  heaterSwitch: ['on', 'off'],
  chillerSwitch: ['on', 'off'],
  hotTemp: HOT_TEMP_SETTINGS_C.map(String),
  coldTemp: COLD_TEMP_SETTINGS_C.map(String),
  hotDwell: DWELL_SETTINGS_S.map(String),
  coldDwell: DWELL_SETTINGS_S.map(String),
  airRegulator: REGULATOR_SETTINGS_BAR.map(String),
  upper: ['hotMould', 'coldMould', 'rack'],
};
