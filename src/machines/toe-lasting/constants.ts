/**
 * Numbers of the toe (forepart) lasting machine, a hydraulic 9-pincer laster with hot-melt
 * (LD-587CM / LD-687MA class). Tags follow the domain brief (../shared/domain/footwear-machines.md
 * §8, machine-shapes.md §4): [V1] vendor specification, [S#] sourced, [I] inferred — confirm
 * with a trainer on the real machine and change here only.
 */

// ─── Machine (vendor data) ────────────────────────────────────────────────────────────────────
/** System hydraulic pressure of the toe lasters LD-587A/587CM/687MA [V1]. */
export const HYDRAULIC_MPA = 5;
/** Hot-melt heater power, 0.5 kW (587A) to 1.2 kW (587CM, 687MA) [V1]. */
export const HEATER_KW = { min: 0.5, max: 1.2 } as const;
/** Output 1,200–2,000 pairs per 8 h [V1]: about 7–12 s per shoe. */
export const PAIRS_PER_8H = { min: 1200, max: 2000 } as const;
/** Shop air on the filter-regulator, about 0.6 MPa [V1 LD-689B; I for this machine]. */
export const AIR_MPA = 0.6;
/** Toe puff activation 90–120 °C and set back 9–10 mm from the lasting edge [S25] (done before this machine). */
export const TOE_PUFF_ACTIVATION_C = { min: 90, max: 120 } as const;
export const TOE_PUFF_SETBACK_MM = { min: 9, max: 10 } as const;

// ─── Timing ───────────────────────────────────────────────────────────────────────────────────
/** Heater on (or a new setpoint) until the melt pot reaches its setpoint: ready lamp [I]. */
export const HEATER_WARM_UP_MS = 180_000;
/** Hot-melt nozzles inject cement under the margin [I] (nozzle sweep ≈ 1–2 s [K-587CM]). */
export const CEMENT_MS = 1500;
/** Wipers sweep in over the toe [I] (≈ 1–2 s). */
export const WIPE_MS = 1500;
/** The lasting dwell is counted in ticks of this length (all dwell settings are whole seconds) [I]. */
export const DWELL_TICK_MS = 1000;

// ─── Settings offered on the panel ────────────────────────────────────────────────────────────
/** Pull (pincer) pressure knob, MPa, up to the 5 MPa system [I within V1]. */
export const PULL_SETTINGS_MPA = [2, 2.5, 3, 3.5, 4, 4.5, 5] as const;
/** Left by the previous job (a heavy cow-leather upper) [I]: too much for this upper. */
export const PULL_DEFAULT_MPA = 4.5;
/** Wiper (lasting) pressure knob, MPa [I]. */
export const WIPER_SETTINGS_MPA = [1, 1.5, 2, 2.5, 3, 3.5] as const;
export const WIPER_DEFAULT_MPA = 1.5;
/** Lasting (hold) time, s [I]. */
export const DWELL_SETTINGS_S = [1, 2, 3, 4, 5, 6] as const;
export const DWELL_DEFAULT_S = 1;
/** Hot-melt temperature controller setpoints, °C (low-temperature grades sit at 120–130 °C [S57]). */
export const MELT_TEMP_SETTINGS_C = [120, 130, 140, 150, 160, 170, 180, 190] as const;
/** Left at a low-temperature grade's setting by the previous job [S57][I]. */
export const MELT_TEMP_DEFAULT_C = 130;
/** Program memory: one program per last size (EU) [V1 memory; sizes I]. */
export const PROGRAM_SIZES_EU = [37, 38, 39, 40, 41, 42, 43] as const;
export const PROGRAM_DEFAULT_EU = 42;
export type Side = 'left' | 'right';
export const SIDE_DEFAULT: Side = 'right';
/** Where the last sits against the centring light's line, mm (+ = to the operator's right) [I]. */
export const LAST_OFFSET_SETTINGS_MM = [-4, -2, 0, 2, 4] as const;
/** A last put on the rest by hand is never exactly on the line [I]. */
export const LAST_PLACED_OFFSET_MM = 4;
/** How far the last slips when the toe pincer grips it badly (fault `lastSlipped`) [I]. */
export const LAST_SLIP_MM = -4;

// ─── Quality of the lasted toe (the pure model in toeQuality.ts) ──────────────────────────────
/** At or above this pull the upper tears at the toe [V1 "over-pull"; value I]. */
export const PULL_TEAR_MPA = 4.5;
/** Below this pull the upper is not drawn tight: pleats [I]. */
export const PULL_MIN_MPA = 3;
/** Below this wiper pressure the margin is not pressed flat: pleats [I]. */
export const WIPER_MIN_MPA = 2;
/** Shorter than this the cement has not set under the wipers: weak margin [I]. */
export const DWELL_MIN_S = 2;
/** Off the centre line by more than this at the toe grip: off-centre toe [I]. */
export const ALIGN_TOLERANCE_MM = 1;
/** Polyester hot melt for toe lasting ("traditional" grade): 160–180 °C [S57][S26]. */
export const MELT_MIN_C = 160;
export const MELT_MAX_C = 180;
/** Far below its range the melt sets in the nozzle and does not wet the margin: weak margin [I]. */
export const MELT_NO_WET_C = 150;
/** The melt pot's over-temperature cut-out trips here (fault `heaterRunaway`: a stuck controller) [I]. */
export const OVER_TEMP_CUT_OUT_C = 210;
/** Room temperature: the controller display of a cold pot [I]. */
export const AMBIENT_C = 30;

// ─── Work ticket of this practice ─────────────────────────────────────────────────────────────
/**
 * What the work ticket asks for [I]: a ladies' casual, size 40, LEFT shoe, soft cow-leather upper
 * with a thermoplastic toe puff, polyester hot melt. Steps tick, hints aim and mistakes judge
 * against these, and the texts quote them.
 */
export const WORK_TICKET = {
  pullMPa: 3.5,
  wiperMPa: 2.5,
  dwellS: 3,
  meltTempC: 170,
  sizeEu: 40,
  side: 'left' as Side,
} as const;
