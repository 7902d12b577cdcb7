/**
 * Numbers of the vulcanizing autoclave (domain brief §12.2, machine-shapes.md §9). Tags: [S39a]
 * hot-air vulcanization of canvas shoes 128–136 °C, hotter oxidises the rubber; [S39b] autoclave
 * 120–180 °C at 140–350 kPa, ~10 min at 170 °C; [S39c] steam 3–4 atm ≈ 134–144 °C. `[I]` marks an
 * inferred value a trainer should correct on the real tank. This model is a direct-steam tank:
 * the gauge pressure is the steam's saturation pressure at the vessel temperature.
 */

/** Shop air temperature in Mojokerto [I]. */
export const AMBIENT_C = 30;
/** Controller setpoints offered [I]: below the window (under-cure), in it [S39a][S39c], far above (the safety valve lifts). */
export const SETPOINTS_C = [125, 135, 150] as const;
/** Cure (hold) times offered on the controller, minutes [I; shapes §9: hold ≈ 30–60 min]. */
export const CURE_TIMES_MIN = [30, 60, 90] as const;
/** The work ticket of this batch of canvas shoes [I within S39a/S39c]. */
export const WORK_TICKET = { setpointC: 135, cureMin: 60 } as const;

/** The controller ramps the temperature up gradually over this time [I; shapes §9: heat-up ≈ 10–20 min]. */
export const HEAT_RAMP_MS = 15 * 60_000;
/** How closely the steam temperature follows the controller's ramp, s [I]. */
export const FOLLOW_TAU_S = 30;
/** Shut-in tank cooling with supply and vent closed, s [I]. */
export const COOL_TAU_S = 1800;
/**
 * Venting: the gauge falls with this time constant, s [I]. A real tank vents in ≈ 5–10 min
 * (shapes §9); shortened here to under a minute, but always in real time: never fast-forwarded.
 */
export const VENT_TAU_S = 10;
/** A leaking door seal blows steam: the tank cannot get hotter than this [I]. */
export const LEAK_MAX_C = 118;

/** Gauge pressure above which the vessel counts as pressurised (the door lock's pressure switch), kPa [I]. */
export const PRESSURE_PRESENT_KPA = 3;
/** The safety valves lift at the top of the vendor's range [S39b: 140–350 kPa]. */
export const SAFETY_LIFT_KPA = 350;
/** Above this the rubber oxidises and the uppers weaken [S39a: higher than 136 °C oxidises] [I: margin]. */
export const OXIDISE_C = 140;

/** Cure dose, in minutes-equivalent at the reference temperature; the rate doubles every 10 °C [I]. */
export const CURE_REF_C = 135;
export const CURE_DOUBLING_C = 10;
/** Below this the rubber does not vulcanize at all [I]. */
export const CURE_MIN_C = 105;
/** Dose classes, min at CURE_REF_C [I]: partial (tacky) from here, good in [GOOD, OVER), oxidised from OVER. */
export const CURE_PARTIAL_MIN = 5;
export const CURE_GOOD_MIN = 50;
export const CURE_OVER_MIN = 80;

/** Process step on the session clock [I]. */
export const PROCESS_STEP_MS = 1000;
/** The unloaded rack is still too hot to hold bare-handed above this [I]. */
export const HOT_TO_TOUCH_C = 50;
