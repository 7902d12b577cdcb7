/**
 * Numbers of the heat setter (conveyor oven) and its chiller. Tags follow the domain brief
 * (../shared/domain/footwear-machines.md §11, machine-shapes.md §7): [V1] vendor figure, [S28]
 * sourced, [I] inferred — confirm with a trainer on the real line and change here only.
 */

// ─── Heat setter tunnel ───────────────────────────────────────────────────────────────────────
/** Heat-setting window for leather uppers: 80–120 °C [I; FDDI gives 90–120 °C, S25]. */
export const HEAT_MIN_C = 80;
export const HEAT_MAX_C = 120;
/** Heater controller positions, °C [I]. */
export const HEAT_TEMP_SETTINGS_C = [70, 80, 90, 100, 110, 120, 130, 140] as const;
/** Left high by the previous job (a synthetic upper) [I]: blisters this leather. */
export const HEAT_TEMP_DEFAULT_C = 130;
/** Dwell window in the heat: 1–5 min [I]. */
export const HEAT_DWELL_MIN_S = 60;
export const HEAT_DWELL_MAX_S = 300;
/** Heated length of the compact tunnel (z −1,850…−350 in machine-shapes §7): 1.5 m [I]. */
export const HEAT_TUNNEL_M = 1.5;
/** Switch-on until the tunnel is at setpoint and its READY lamp lights [I]. */
export const HEAT_UP_MS = 90_000;
/** After the heaters are switched off, the fans run on this long to cool the tunnel [I]. */
export const FAN_RUN_ON_MS = 60_000;
/** What a stuck controller relay (fault `overTemp`) drives the tunnel to before the cut-out trips [I]. */
export const OVER_TEMP_C = 160;
/** Room temperature in Mojokerto: what the displays show with the line off [I]. */
export const AMBIENT_C = 30;

// ─── Steam / humidity feed ────────────────────────────────────────────────────────────────────
/** Steam valve positions: off, low, high [I]. Leather wants a little moisture; high soaks it. */
export const STEAM_SETTINGS = ['off', 'low', 'high'] as const;
export type SteamSetting = (typeof STEAM_SETTINGS)[number];
export const STEAM_DEFAULT: SteamSetting = 'high';

// ─── Chiller ──────────────────────────────────────────────────────────────────────────────────
/** Chilling window: −5 to −15 °C for 3–8 min [I]. */
export const CHILL_MIN_C = -15;
export const CHILL_MAX_C = -5;
export const CHILL_DWELL_MIN_S = 180;
export const CHILL_DWELL_MAX_S = 480;
/** Chiller controller positions, °C [I], coldest first: the panel steps up through a stepper in this order. */
export const CHILL_TEMP_SETTINGS_C = [-20, -15, -10, -5, 0, 5] as const;
/** The thermostat as left [I]: too warm to freeze the shape. */
export const CHILL_TEMP_DEFAULT_C = 0;
/** Chilled length of the chiller tunnel [I]: 2.5 m, longer than the heat so the cold dwell is longer. */
export const CHILL_TUNNEL_M = 2.5;
/** Compressor start until the chiller reaches setpoint [I]: slower than the heat-up, so both run at once. */
export const PULL_DOWN_MS = 150_000;
/** One defrost of the evaporator [I]. */
export const DEFROST_MS = 60_000;

// ─── Conveyor ─────────────────────────────────────────────────────────────────────────────────
/** Belt speed positions, m/min: the vendor's drive offers 0–7 m/min [V1]; the heat-setting range sits low [I]. */
export const SPEED_SETTINGS_M_MIN = [0.3, 0.5, 0.75, 1, 1.5, 3, 7] as const;
/** Left by the previous job [I]: far too fast, 13 s in the heat. */
export const SPEED_DEFAULT_M_MIN = 7;
/** Fixed spacing of the last holders on the belt, m (machine-shapes §7: 250–300 mm) [I]. */
export const PITCH_M = 0.3;
/** The line moves the shoes in ticks of this length (the process model's step) [I]. */
export const CONVEYOR_TICK_MS = 10_000;
/** Shoes the belt can carry at once (slots at the pitch over both tunnels and the tables) [I]. */
export const MAX_SHOES = 4;

// ─── History ──────────────────────────────────────────────────────────────────────────────────
/** Without heat setting, lasts stayed in the shoe about 14 days to set the shape [S28]. */
export const LAST_IN_WITHOUT_SETTING_DAYS = 14;

// ─── Work ticket of this practice ─────────────────────────────────────────────────────────────
/** A setting the ticket states: one value or a window, both ends inclusive. */
export interface TicketWindow {
  readonly min: number;
  readonly max: number;
}
export const inTicketWindow = (w: TicketWindow, v: number): boolean => v >= w.min && v <= w.max;

/**
 * What the work ticket asks for (full-grain leather uppers on plastic lasts) [I]: 100 °C with
 * low steam, 0.5 m/min (3 min in the heat, 5 min in the cold), −10 °C. Steps tick, hints aim and
 * mistakes judge against these; texts quote them.
 */
export const WORK_TICKET = {
  heatTempC: { min: 100, max: 100 },
  chillTempC: { min: -10, max: -10 },
  speedMMin: { min: 0.5, max: 0.5 },
} as const satisfies Record<string, TicketWindow>;
export const TICKET_STEAM: SteamSetting = 'low';
