/**
 * Numbers of the heel counter moulder ("2 panas 2 dingin"). Tags follow the domain brief
 * (../shared/domain/footwear-machines.md §9, machine-shapes.md §5): [S25] sourced (training
 * material), [I] inferred — confirm with a trainer on the real machine and change here only.
 */

// ─── Air (filter-regulator with gauge) ────────────────────────────────────────────────────────
/** Pneumatic working range of the pads: 4–6 bar [S25]. Below the minimum no cycle starts. */
export const AIR_MIN_BAR = 4;
export const AIR_MAX_BAR = 6;
/** Regulator knob positions offered, bar (0 = turned fully down) [I]. */
export const REGULATOR_SETTINGS_BAR = [0, 2, 3, 4, 5, 6] as const;
/** Where the previous shift left the regulator [I]: below the setpoint, the pads will not close. */
export const REGULATOR_DEFAULT_BAR = 3;
/** What the regulated air falls to when the compressor does not keep up (fault `airLow`) [I]. */
export const AIR_SUPPLY_LOW_BAR = 2.5;

// ─── Moulds ───────────────────────────────────────────────────────────────────────────────────
/** Hot mould window for leather uppers with thermoplastic counters: 90–120 °C [S25]. */
export const HOT_MIN_C = 90;
export const HOT_MAX_C = 120;
/** Hot temperature controller positions, °C [I]. */
export const HOT_TEMP_SETTINGS_C = [80, 90, 100, 110, 120, 130, 140] as const;
/** Left high by the previous job (a thick board counter) [I]: scorches this upper. */
export const HOT_TEMP_DEFAULT_C = 130;
/** Cold mould window: 15–19 °C [S25]. Colder still sets the shape (chillers often run below 0 °C [I]). */
export const COLD_MIN_C = 15;
export const COLD_MAX_C = 19;
/** Cold controller positions, °C [I]. */
export const COLD_TEMP_SETTINGS_C = [10, 15, 17, 19, 22, 25] as const;
/** The chiller thermostat as left [I]: too warm to set the counter. */
export const COLD_TEMP_DEFAULT_C = 25;
/**
 * Switch-on (or a new setpoint) until the moulds are at temperature and READY [I]: the chiller's
 * pull-down is the slower of the two, and the chart uses one warm-up for both.
 */
export const MOULDS_READY_MS = 120_000;
/** What the stuck controller relay (fault `overTemp`) drives the hot mould to before the cut-out trips [I]. */
export const OVER_TEMP_C = 150;
/** Room temperature: what the displays show with the moulds off [I]. */
export const AMBIENT_C = 30;

// ─── Dwell and the transfer ───────────────────────────────────────────────────────────────────
/** Dwell window on each mould: 10–20 s hot, 10–20 s cold [I]. */
export const DWELL_MIN_S = 10;
export const DWELL_MAX_S = 20;
/** Dwell timer positions, s: multiples of the tick so every delay stays a fixed number [I]. */
export const DWELL_SETTINGS_S = [5, 10, 15, 20, 25, 30] as const;
export const DWELL_DEFAULT_S = 5;
/** The dwell is counted down in ticks of this length [I]. */
export const DWELL_TICK_MS = 5000;
/**
 * Hot pad opens → cold pad closed: the softened counter must be on the cold mould within this
 * window, like an adhesive's open time; later it has cooled in the hand and sets badly [I].
 */
export const TRANSFER_WINDOW_MS = 10_000;

// ─── Pads and two-hand start ──────────────────────────────────────────────────────────────────
/** Both green buttons of a station within this window start its pad [I] (two-hand rule ≈ 0.5 s, §4 [S44]). */
export const TWO_HAND_WINDOW_MS = 500;
/** Pad closes round the heel ≈ 0.5 s; opens ≈ 0.5 s [I]. */
export const PAD_CLOSE_MS = 500;
export const PAD_OPEN_MS = 500;

// ─── Work ticket of this practice ─────────────────────────────────────────────────────────────
/** A setting the work ticket states: one value (min === max) or a window, both ends inclusive. */
export interface TicketWindow {
  readonly min: number;
  readonly max: number;
}
export const inTicketWindow = (w: TicketWindow, v: number): boolean => v >= w.min && v <= w.max;

/**
 * What the work ticket asks for (a leather upper with a thermoplastic counter) [I]: each value
 * inside the windows above, with margin. One exact value per setting: the controllers click
 * between positions. Steps tick, hints aim and mistakes judge against these; texts quote them.
 */
export const WORK_TICKET = {
  hotTempC: { min: 110, max: 110 },
  coldTempC: { min: 17, max: 17 },
  hotDwellS: { min: 15, max: 15 },
  coldDwellS: { min: 15, max: 15 },
  regulatorBar: { min: 5, max: 5 },
} as const satisfies Record<string, TicketWindow>;

/** The positions the hints set (all ticket values are offered positions). */
export const TICKET = {
  hotTempC: WORK_TICKET.hotTempC.min,
  coldTempC: WORK_TICKET.coldTempC.min,
  hotDwellS: WORK_TICKET.hotDwellS.min,
  coldDwellS: WORK_TICKET.coldDwellS.min,
  regulatorBar: WORK_TICKET.regulatorBar.min,
} as const;
