import { CHILL_TEMP_SETTINGS_C, HEAT_TEMP_SETTINGS_C, SPEED_SETTINGS_M_MIN, STEAM_SETTINGS } from '../constants.ts';

/** Allowed values of every `user.set` control (anything else is refused). */
export const SET_VALUES: Readonly<Record<string, readonly string[]>> = {
  isolator: ['on', 'off'],
  fan: ['on', 'off'],
  heatTemp: HEAT_TEMP_SETTINGS_C.map(String),
  chillTemp: CHILL_TEMP_SETTINGS_C.map(String),
  conveyorSpeed: SPEED_SETTINGS_M_MIN.map(String),
  steam: [...STEAM_SETTINGS],
  chillerDoor: ['open', 'closed'],
};
