import {
  DWELL_SETTINGS_S,
  LAST_OFFSET_SETTINGS_MM,
  MELT_TEMP_SETTINGS_C,
  PROGRAM_SIZES_EU,
  PULL_SETTINGS_MPA,
  WIPER_SETTINGS_MPA,
} from '../constants.ts';

/** Allowed values of every `user.set` control (anything else is refused). */
export const SET_VALUES: Readonly<Record<string, readonly string[]>> = {
  mainSwitch: ['on', 'off'],
  meltTemp: MELT_TEMP_SETTINGS_C.map(String),
  program: PROGRAM_SIZES_EU.map(String),
  side: ['left', 'right'],
  pull: PULL_SETTINGS_MPA.map(String),
  wiper: WIPER_SETTINGS_MPA.map(String),
  dwell: DWELL_SETTINGS_S.map(String),
  sidePincers: ['on', 'off'],
  centreLight: ['on', 'off'],
  lastPosition: LAST_OFFSET_SETTINGS_MM.map(String),
};
