/** The narrow slice of state the post-bed machine's 3D view draws (look.ts computes it): plain values, compared shallowly. */
import type { Stitch } from './process.ts';

export interface SewingLook {
  readonly powerOn: boolean;
  readonly needleRunning: boolean;
  /** Stitches per minute now (the needle bar's shown speed follows it). */
  readonly spm: number;
  readonly needleDown: boolean;
  readonly footUp: boolean;
  readonly pedal: number;
  readonly backTack: boolean;
  readonly steerMm: number;
  readonly fingerGuard: boolean;
  readonly eyeGuardDown: boolean;
  readonly beltCover: boolean;
  readonly estopLatched: boolean;
  readonly stitchMm: number;
  readonly tension: number;
  readonly pressure: number;
  readonly maxSpm: number;
  readonly bobbinIn: boolean;
  readonly needleBroken: boolean;
  readonly piece: 'none' | 'scrap' | 'upper';
  /** The work turned at the corner. */
  readonly turned: boolean;
  /** Where the needle is now in the piece's frame, mm (the view moves the piece so this lies under it). */
  readonly needleX: number;
  readonly needleY: number;
  /** The marked line's legs, mm (an L on the upper, one straight on the test piece). */
  readonly legs: readonly number[];
  /** Stitches laid so far (the array is new only when a stitch is laid). */
  readonly stitches: readonly Stitch[];
  /** The seam's ends lack their back-tacks (shown red once the seam is trimmed). */
  readonly missingTackStart: boolean;
  readonly missingTackEnd: boolean;
}
