import {
  JACK_POSITION_IDS,
  PRESS_TIME_SETTINGS_S,
  REACTIVATOR_TEMP_SETTINGS_C,
  REACTIVATOR_TIME_SETTINGS_S,
  REGULATOR_SETTINGS_BAR,
} from '../constants.ts';

/** Allowed values of every `user.set` control (anything else is refused). */
export const SET_VALUES: Readonly<Record<string, readonly string[]>> = {
  airLineValve: ['open', 'closed'],
  airRegulator: REGULATOR_SETTINGS_BAR.map(String),
  mainSwitch: ['on', 'off'],
  modeSelector: ['manual', 'auto'],
  pressTime: PRESS_TIME_SETTINGS_S.map(String),
  toeJack: JACK_POSITION_IDS,
  heelJack: JACK_POSITION_IDS,
  reactivatorSwitch: ['on', 'off'],
  reactivatorTemp: REACTIVATOR_TEMP_SETTINGS_C.map(String),
  reactivatorTimer: REACTIVATOR_TIME_SETTINGS_S.map(String),
  tray: ['in', 'out'],
  shoe: ['onPad', 'removed'],
};
