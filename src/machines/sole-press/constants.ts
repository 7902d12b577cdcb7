/**
 * Numbers of the sole press + reactivator procedure. Tags follow the domain brief
 * (../shared/domain/footwear-machines.md §10, machine-shapes.md §6): [V1] vendor specification
 * (FX801/811/821, LD-585C: a typical value, not a universal one), [S#] sourced, [I] inferred —
 * confirm with a trainer on the real machines and change here only.
 */

// ─── Air supply (filter-regulator on the press) ───────────────────────────────────────────────
/** Working range of the pneumatic press: 0.2–0.7 MPa = 2–7 bar [V1]. Below the minimum no cycle. */
export const AIR_MIN_BAR = 2;
export const AIR_MAX_BAR = 7;
/** Regulator knob positions offered to the artisan, bar (0 = turned fully down) [V1 range]. */
export const REGULATOR_SETTINGS_BAR = [0, 1, 2, 3, 4, 5, 6, 7] as const;
/** Where the regulator was left by the previous (lighter) job [I]: too low for a good bond. */
export const REGULATOR_DEFAULT_BAR = 3;
/** What the regulated air falls to when the compressor does not keep up (fault `airLow`) [I]. */
export const AIR_SUPPLY_LOW_BAR = 1.5;

// ─── Press ────────────────────────────────────────────────────────────────────────────────────
/** Press timer positions, seconds: the cover-type press modelled runs 2–99 s [V1 FX821]; the
 *  0.5 s minimum belongs to the air-bag press, not to this one. */
export const PRESS_TIME_SETTINGS_S = [2, 5, 8, 10, 12, 15, 20, 30, 60, 99] as const;
/** Timer value left by the previous job [I]: shorter than a good bond needs. */
export const PRESS_TIME_DEFAULT_S = 5;
/** The hold is counted down in ticks of this length so every delay stays a fixed number [I]. */
export const HOLD_TICK_MS = 500;
/** Cover swings down (pneumatic cover, FX821 / LD-585C type) [I]. */
export const COVER_CLOSE_MS = 1500;
/** Cover swings back up after the exhaust or on STOP [I]. */
export const COVER_OPEN_MS = 1200;
/** Pad (air bag) inflates until the gauge reaches the regulator setpoint [I]. */
export const PRESSURE_BUILD_MS = 1500;
/** Pad exhausts to zero (the hiss at release) [I]. */
export const EXHAUST_MS = 1000;

/** Jack (toe/heel clamp) positions on the pad box, each for a range of shoe sizes (EU) [I]. */
export const JACK_POSITIONS = {
  small: { minSize: 36, maxSize: 38 },
  medium: { minSize: 39, maxSize: 41 },
  large: { minSize: 42, maxSize: 44 },
} as const;
export type JackPosition = keyof typeof JACK_POSITIONS;
export const JACK_POSITION_IDS = Object.keys(JACK_POSITIONS) as JackPosition[];
/** Jacks as left by the previous job (a ladies' size run) [I]. */
export const JACK_DEFAULT: JackPosition = 'small';
/** The shoe size on the work ticket of this practice (a men's casual shoe) [I]. */
export const WORK_TICKET_SIZE_EU = 40;

// ─── Reactivator (IR flash activator) ─────────────────────────────────────────────────────────
/**
 * Temperature knob positions, °C. For the simulator the setpoint is read as the adhesive-film
 * temperature the unit brings the film to; the real display may show a lamp/chamber value [I].
 */
export const REACTIVATOR_TEMP_SETTINGS_C = [50, 60, 70, 80, 90] as const;
/** Left on a low setting by the previous job (a low-temperature adhesive) [I]: too cold for this cement. */
export const REACTIVATOR_TEMP_DEFAULT_C = 50;
/** Timer knob positions, seconds (shapes brief: 3–10 s typical) [I]. */
export const REACTIVATOR_TIME_SETTINGS_S = [2, 4, 6, 8, 10, 12, 15, 20] as const;
export const REACTIVATOR_TIME_DEFAULT_S = 6;
/** The exposure is counted down in ticks of this length (all timer positions are whole seconds) [I]. */
export const REACTIVATION_TICK_MS = 1000;
/** Switch-on (or a new setpoint) until the lamps and chamber are at temperature: ready lamp [I]. */
export const REACTIVATOR_WARM_UP_MS = 60_000;
/** A failed IR tube (fault `reactivatorCold`): the film falls short of the setpoint by this much [I]. */
export const REACTIVATOR_COLD_FAULT_OFFSET_C = -25;
/** A stuck heater relay (fault `reactivatorHot`): the film overshoots the setpoint by this much [I]. */
export const REACTIVATOR_HOT_FAULT_OFFSET_C = 30;
/** Room temperature: what the reactivator display shows when it is cold [I]. */
export const AMBIENT_C = 30;

// ─── Bond (adhesive) ──────────────────────────────────────────────────────────────────────────
/** Film temperature window for polychloroprene / PU sole cement, commonly 55–80 °C [I]. */
export const FILM_TEMP_MIN_C = 55;
export const FILM_TEMP_MAX_C = 80;
/** Exposure under the lamps that brings the film to the setpoint without overheating it [I]. */
export const REACTIVATION_MIN_S = 4;
export const REACTIVATION_MAX_S = 10;
/**
 * Beyond this exposure the lamps scorch ("gosong") leather and cement [I]. A film a little too hot
 * (say 81–90 °C) does not burn leather: it gives a weak, cohesive bond [S61].
 */
export const SCORCH_EXPOSURE_S = 15;
/** After reactivation the sole must be under pressure within this time or the film goes dead [I]. */
export const OPEN_TIME_MS = 60_000;
/**
 * Least air LINE pressure (regulator gauge) that closes the bond line for this shoe, pad and press;
 * lower gives a weak bond [I] (within [V1] 2–7 bar). The pressure felt by the shoe on the pad is a
 * different number: it depends on the pad and shoe areas (domain brief §2.1).
 */
export const BOND_MIN_PRESSURE_BAR = 4;
/** Least time at pressure, seconds: typical dwell ≈ 10–20 s [I] (timer 2–99 s [V1]). */
export const BOND_MIN_PRESS_S = 10;

// ─── Work ticket of this practice (the adhesive data sheet's settings) ───────────────────────
/** A setting the work ticket states: one value (min === max) or a window, both ends inclusive. */
export interface TicketWindow {
  readonly min: number;
  readonly max: number;
}
export const inTicketWindow = (w: TicketWindow, v: number): boolean => v >= w.min && v <= w.max;
/** The knob position a hint aims at: the offered position inside the window nearest its middle. */
export const ticketAim = (w: TicketWindow, positions: readonly number[]): number => {
  const mid = (w.min + w.max) / 2;
  const inside = positions.filter((p) => inTicketWindow(w, p));
  return inside.reduce((best, p) => (Math.abs(p - mid) < Math.abs(best - mid) ? p : best), inside[0] ?? w.min);
};

/**
 * What the work ticket asks for [I]: each value inside the bond windows above, with margin, so the
 * ticket gives a good bond. Every setting is one exact value (min === max): the knobs click
 * between positions and a trainer expects the knob on the ticket's number; a window (say 5–6 bar)
 * is just min < max here. Steps tick, hints aim and mistakes judge against these, and the texts
 * are generated from them, so they cannot disagree. The shoe size is WORK_TICKET_SIZE_EU above.
 */
export const WORK_TICKET = {
  /** Air regulator: the LINE pressure on its gauge, bar (not the pad pressure on the shoe, §2.1). */
  regulatorBar: { min: 5, max: 5 },
  /** Press timer, s. */
  pressTimeS: { min: 15, max: 15 },
  /** Reactivator temperature setpoint, °C. */
  reactivatorTempC: { min: 70, max: 70 },
  /** Reactivator exposure timer, s. */
  reactivatorTimeS: { min: 6, max: 6 },
} as const satisfies Record<string, TicketWindow>;

/** The knob positions the hints set (and tests use) for the ticket. */
export const TICKET_PRESSURE_BAR = ticketAim(WORK_TICKET.regulatorBar, REGULATOR_SETTINGS_BAR);
export const TICKET_PRESS_TIME_S = ticketAim(WORK_TICKET.pressTimeS, PRESS_TIME_SETTINGS_S);
export const TICKET_REACTIVATOR_TEMP_C = ticketAim(WORK_TICKET.reactivatorTempC, REACTIVATOR_TEMP_SETTINGS_C);
export const TICKET_REACTIVATOR_TIME_S = ticketAim(WORK_TICKET.reactivatorTimeS, REACTIVATOR_TIME_SETTINGS_S);
