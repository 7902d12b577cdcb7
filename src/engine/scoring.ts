import type { MistakeRecord, Severity } from './mistakes.ts';

/** Points lost per mistake by severity, unless a scenario weights a mistake otherwise. */
export const DEFAULT_POINTS: Readonly<Record<Severity, number>> = { critical: 50, major: 10, minor: 2 };
export const FULL_SCORE = 100;

export interface ScoreWeights {
  readonly severity?: Partial<Record<Severity, number>>;
  readonly mistake?: Readonly<Record<string, number>>;
}

export interface ScoreItem {
  readonly id: string;
  readonly severity: Severity;
  readonly count: number;
  readonly points: number;
}

export interface Score {
  readonly score: number;
  readonly items: readonly ScoreItem[];
  readonly critical: number;
}

const ORDER: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/** The score explained item by item: each kind of mistake, how often, how many points. */
export function scoreMistakes(mistakes: readonly MistakeRecord[], weights: ScoreWeights = {}): Score {
  const byId = new Map<string, { severity: Severity; count: number }>();
  for (const m of mistakes) {
    const item = byId.get(m.id) ?? { severity: m.severity, count: 0 };
    item.count++;
    byId.set(m.id, item);
  }
  const items = [...byId]
    .map(([id, { severity, count }]) => {
      const each = weights.mistake?.[id] ?? weights.severity?.[severity] ?? DEFAULT_POINTS[severity];
      return { id, severity, count, points: each * count };
    })
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || b.points - a.points || a.id.localeCompare(b.id));
  const lost = items.reduce((sum, i) => sum + i.points, 0);
  return { score: Math.max(0, FULL_SCORE - lost), items, critical: mistakes.filter((m) => m.severity === 'critical').length };
}
