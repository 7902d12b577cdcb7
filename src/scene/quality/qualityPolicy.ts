/**
 * How sharp the 3D stage draws (pure: no React, three or DOM). Pixels are what a weak tablet pays
 * for, so the levels trade device pixel ratio and antialiasing; the geometry stays the same.
 */
export const QUALITY_LEVELS = ['high', 'medium', 'low'] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];

/** What the user picked: let the device decide, or hold a level. */
export const QUALITY_CHOICES = ['auto', 'high', 'low'] as const;
export type QualityChoice = (typeof QUALITY_CHOICES)[number];

export interface QualitySetting {
  readonly choice: QualityChoice;
  /** The level the automatic choice has found for this device (kept, so the next visit starts there). */
  readonly auto: QualityLevel;
}

export const DEFAULT_QUALITY: QualitySetting = { choice: 'auto', auto: 'high' };

/** Most device pixels per CSS pixel each level draws (the screen's own ratio when lower). */
const DPR_CAP: Readonly<Record<QualityLevel, number>> = { high: 1.5, medium: 1, low: 0.75 };

export const levelOf = (s: QualitySetting): QualityLevel => (s.choice === 'auto' ? s.auto : s.choice);
export const dprFor = (level: QualityLevel, screenDpr: number): number => Math.min(screenDpr > 0 ? screenDpr : 1, DPR_CAP[level]);
/** Antialiasing is fixed when the WebGL context is made, so it follows the level the stage opens with. */
export const antialiasFor = (level: QualityLevel): boolean => level !== 'low';

// Frame judgement [I]: under 20 frames/s feels sluggish when orbiting; over 50 there is room to spare.
/** Median time between back-to-back frames above which the automatic level steps down. */
export const SLOW_FRAME_MS = 50;
/** Median below which it steps back up (far from SLOW so a level never flips back and forth). */
export const FAST_FRAME_MS = 20;
/** Back-to-back frames needed before stepping down, and (more, to be sure) before stepping up. */
export const SAMPLES_TO_LOWER = 20;
export const SAMPLES_TO_RAISE = 90;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The automatic level after these frame times (ms between back-to-back frames, oldest first, all
 * taken at `level`); `null` while there is not enough to judge or no reason to change.
 */
export function judgeFrames(level: QualityLevel, frameMs: readonly number[]): QualityLevel | null {
  const i = QUALITY_LEVELS.indexOf(level);
  if (frameMs.length >= SAMPLES_TO_LOWER && median(frameMs.slice(-SAMPLES_TO_LOWER)) > SLOW_FRAME_MS) return QUALITY_LEVELS[i + 1] ?? null;
  if (frameMs.length >= SAMPLES_TO_RAISE && median(frameMs.slice(-SAMPLES_TO_RAISE)) < FAST_FRAME_MS) return QUALITY_LEVELS[i - 1] ?? null;
  return null;
}

const isIn = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** The stored setting, read back; anything missing, unknown or corrupt gives the default for that part. */
export function parseQuality(raw: string | null): QualitySetting {
  if (raw === null) return DEFAULT_QUALITY;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return DEFAULT_QUALITY;
  }
  if (typeof v !== 'object' || v === null) return DEFAULT_QUALITY;
  const { choice, auto } = v as Record<string, unknown>;
  return {
    choice: isIn(QUALITY_CHOICES, choice) ? choice : DEFAULT_QUALITY.choice,
    auto: isIn(QUALITY_LEVELS, auto) ? auto : DEFAULT_QUALITY.auto,
  };
}

export const serializeQuality = (s: QualitySetting): string => JSON.stringify({ choice: s.choice, auto: s.auto });
