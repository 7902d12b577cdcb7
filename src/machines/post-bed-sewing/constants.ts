/**
 * Numbers of the post-bed lockstitch machine (mesin jahit tiang). Tags follow the domain brief
 * (../shared/domain/footwear-machines.md §7) and issue 14: [S#] sourced, [I] inferred — confirm
 * with a BBKKP/BPIPI trainer on the real machine and change here only.
 */

// ─── Speed ────────────────────────────────────────────────────────────────────────────────────
/** The post-bed head's own top speed, stitches/min [S52]: the control box cannot drive it faster. */
export const HEAD_MAX_SPM = 2200;
/** Servo control box maximum-speed setting: 400–4,000 spm in steps of 400 [S54]. */
export const MAX_SPEED_SETTINGS = [400, 800, 1200, 1600, 2000, 2400, 2800, 3200, 3600, 4000] as const;
/** Where the previous job left the box: flat out [I]. */
export const MAX_SPEED_DEFAULT = 4000;
/** Above this speed the hand cannot steer a leather upper on the line [I] (uppers are sewn far below max). */
export const FAST_SPM = 1500;

// ─── Pedal and hand ───────────────────────────────────────────────────────────────────────────
/** Pedal forward travel the hints use: a steady seam, a slow approach to a corner or an end, the back-tack [I]. */
export const PEDAL_SEW = 0.5;
export const PEDAL_SLOW = 0.2;
/** The hand on the upper: sideways offset of the work from the marked line at the needle, mm. */
export const STEER_RANGE = { min: -5, max: 5, step: 0.1 } as const;
/** Fixed step of the process model on the session clock [I]. */
export const PROCESS_STEP_MS = 100;

// ─── Settings ─────────────────────────────────────────────────────────────────────────────────
/** Stitch-length dial, mm. */
export const STITCH_LENGTH_RANGE = { min: 1, max: 6, step: 0.5 } as const;
/** Stitch length for leather uppers ≈ 2.5–4 mm [I]. */
export const STITCH_MIN_MM = 2.5;
export const STITCH_MAX_MM = 4;
/** Upper-thread tension dial (numbers on the dial) [I]. */
export const TENSION_RANGE = { min: 1, max: 9, step: 0.5 } as const;
/** Below this the upper thread lies loose: loops underneath [I]. */
export const TENSION_LOOSE_BELOW = 4;
/** Above this the seam puckers; at or above TENSION_BREAK the thread breaks [I]. */
export const TENSION_PUCKER_ABOVE = 6.5;
export const TENSION_BREAK = 8;
/** A thread caught round a guide or a spool pin (fault `tensionTight`) pulls as if the dial were this much higher [I]. */
export const TENSION_CREPT_BY = 4;
/** Presser (roller) pressure screw [I]; at or above PRESSURE_PUCKER the leather puckers. */
export const PRESSURE_RANGE = { min: 1, max: 5, step: 0.5 } as const;
export const PRESSURE_PUCKER = 4.5;
/** Where the previous (fabric) job left the settings [I]. */
export const STITCH_DEFAULT_MM = 2;
export const TENSION_DEFAULT = 3;
export const PRESSURE_DEFAULT = 2;

/** Needle size and thread for leather uppers: needle 25, thread 16 [S22]; a fine fabric set left from the last job [I]. */
export const NEEDLE_LEATHER = 25;
export const NEEDLE_FABRIC = 14;
export const THREADS = ['40', '16'] as const;
export type Thread = (typeof THREADS)[number];
export const THREAD_LEATHER: Thread = '16';
export const THREAD_DEFAULT: Thread = '40';

// ─── The seam ─────────────────────────────────────────────────────────────────────────────────
/** The marked line on the upper: an L, a first leg to the corner, then the second leg [I]. */
export const UPPER_LEGS_MM = [60, 40] as const;
/** The test piece: one straight line on scrap of the same leather [I]. */
export const TEST_LEGS_MM = [30] as const;
/** Slow down when the needle is this close to the corner or the end [I]. */
export const SLOW_ZONE_MM = 9;
/** The needle is off the line when it lands further than this from it [I]. */
export const DRIFT_TOL_MM = 2;
/** A pivot this far from the marked corner spoils the corner; so does a seam run this far past its end [I]. */
export const CORNER_TOL_MM = 2;
/** Back-tack: at least this many reverse stitches at the start and at the end [S53: 2–3]. */
export const TACK_MIN_STITCHES = 2;
/** The start back-tack counts only within this distance of the start [I]. */
export const TACK_ZONE_MM = 10;
/** A wrong needle (size, bent or blunt) skips every this-many stitches [I]. */
export const SKIP_EVERY = 4;
/** The thread breaks after this many stitches at a breaking tension [I]. */
export const BREAK_AFTER_STITCHES = 6;
/** Loops and puckers show after this many stitches [I]. */
export const DEFECT_AFTER_STITCHES = 3;
/** Turning the upper with the needle up: the work slides this far off the corner [I]. */
export const PIVOT_SLIP_MM = 4;
/** Pulling the work sideways this far in one move while the needle runs bends it into the plate: it breaks [I]. */
export const PULL_BREAK_MM = 2.5;

// ─── Work ticket of this practice ─────────────────────────────────────────────────────────────
/**
 * What the work ticket asks for [I]: a lapped seam on a vamp with one corner, 3 mm stitches,
 * tension 5, presser pressure 3, maximum speed 1,200 spm, needle 25, thread 16, needle stop down.
 * Steps tick, hints aim, mistakes judge and the texts quote these, so they cannot disagree.
 */
export const WORK_TICKET = {
  stitchMm: 3,
  tension: 5,
  pressure: 3,
  maxSpm: 1200,
  needle: NEEDLE_LEATHER,
  thread: THREAD_LEATHER,
  needleStop: 'down',
} as const;

/** Dial values compare on their quantum. */
export const sameSetting = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
