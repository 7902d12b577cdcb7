/**
 * Numbers of the clicking press procedure. Tags follow the domain brief
 * (../shared/domain/footwear-machines.md §5): [S#] sourced, [I] inferred — confirm with a trainer
 * on the real machine and change here only.
 */

/** Both buttons must be pressed within this window to start a stroke [S44]. */
export const TWO_HAND_WINDOW_MS = 500;
/** Beam descent from the raised position until the die bottoms [I] (full cycle ≈ 0.6–1.2 s). */
export const STROKE_DOWN_MS = 450;
/** Beam return to the top after a cut or an interrupted stroke [I]. */
export const STROKE_RETURN_MS = 450;
/** Pump start until the system pressure is up and the press is ready [I]. */
export const PUMP_PRESSURE_BUILD_MS = 1500;

/** Depth (bottom-stop) handwheel scale in notches; 0 = highest stop, safest start [I]. */
export const DEPTH_MIN_NOTCH = 0;
export const DEPTH_MAX_NOTCH = 10;
/** A trial starts shallow: at or above this notch, well short of cutting through [I]. */
export const DEPTH_START_MAX_NOTCH = 2;
/** Bottom-stop travel per notch [I] (≈ 1–2 mm per handwheel turn in the shapes brief). */
export const DEPTH_MM_PER_NOTCH = 0.25;
/** Notch at which the standard 25 mm die just cuts 1.5 mm upper leather through on a flat board [I]. */
export const CUT_THROUGH_NOTCH = 6;
/** Notches past cut-through before the die scores the board deeply [I]. */
export const DEEP_CUT_MARGIN_NOTCHES = 2;
/** A worn (grooved) board spot needs this many extra notches to cut through there [I]. */
export const WORN_SPOT_EXTRA_NOTCHES = 1;

/** Pressure (tonnage) selector positions, tonnes; the press is rated 20 t [S21]. */
export const PRESSURE_SETTINGS_T = [8, 10, 12, 14, 16, 18, 20] as const;
export const PRESSURE_DEFAULT_T = 8;

/** Steel-rule dies in the rack, with the force each needs to cut through [I]. */
export const DIES = {
  vamp: { requiredT: 14 },
  quarter: { requiredT: 10 },
  counter: { requiredT: 8 },
} as const;
export type DieId = keyof typeof DIES;
export const DIE_IDS = Object.keys(DIES) as DieId[];

/** A setting the work ticket states: one value (min === max) or a window, both ends inclusive. */
export interface TicketWindow {
  readonly min: number;
  readonly max: number;
}
export const inTicketWindow = (w: TicketWindow, v: number): boolean => v >= w.min && v <= w.max;

/**
 * Force the ticket accepts above the die's cut-through force, tonnes [I]. 0 = exactly the ticket
 * value: the selector moves in 2 t steps, so one step up is already ~14 % more force than the die
 * needs, and a trainer expects the selector on the ticket's number. Raise it here if the centre's
 * tickets allow a tolerance.
 */
export const TICKET_FORCE_TOLERANCE_T = 0;

/**
 * The work ticket of this practice [I]: which die and what force. The force is the one the die
 * needs: less does not cut through (an incomplete cut), more wears the board and the die. The
 * cutting depth is deliberately NOT on the ticket: finding it (start shallow, deepen on scrap until
 * the die just cuts through) is the skill being practised.
 */
export const WORK_TICKET_DIE: DieId = 'vamp';
export const WORK_TICKET: { readonly die: DieId; readonly pressureT: TicketWindow } = {
  die: WORK_TICKET_DIE,
  pressureT: { min: DIES[WORK_TICKET_DIE].requiredT, max: DIES[WORK_TICKET_DIE].requiredT + TICKET_FORCE_TOLERANCE_T },
};

export const MATERIALS = ['scrap', 'leather'] as const;

/**
 * Where the die sits on the production hide [S41, I]: a clear area along the stretch direction
 * (right), over one of the chalk-marked defects, or across the stretch direction.
 */
export const DIE_PLACES = ['defect', 'across', 'clear'] as const;
export type DiePlace = (typeof DIE_PLACES)[number];
/** What is wrong with a cut part because of how the hide lay: the cutter's core skill. */
export type PartFlaw = 'flesh' | 'defect' | 'across';
export type Material = (typeof MATERIALS)[number];
