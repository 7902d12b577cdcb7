/** Most machines one show link may list [I] (a workshop day is a handful; a longer link is clipped). */
export const PLAYLIST_MAX = 12;
/** Longest machine id kept from a link (ids are short kebab-case; longer is not an id). */
const LINK_ID_MAX = 60;

/** Reads `?present=<id>,<id>`: ids in order, blanks dropped, clipped; null when the link has none. */
export function parsePlaylist(raw: string | null): readonly string[] | null {
  if (raw === null) return null;
  const ids = raw
    .split(',')
    .map((id) => id.trim().slice(0, LINK_ID_MAX))
    .filter(Boolean)
    .slice(0, PLAYLIST_MAX);
  return ids;
}

/** The playlist split into machines the app knows (played in order) and the rest (named in a notice). */
export function splitPlaylist(ids: readonly string[], known: (id: string) => boolean): { play: string[]; unknown: string[] } {
  return { play: ids.filter(known), unknown: ids.filter((id) => !known(id)) };
}

/** The two windows of a show: the projector's (scene and step) and the presenter's (next step, notes, clock). */
export const SCREENS = ['audience', 'presenter'] as const;
export type Screen = (typeof SCREENS)[number];
export const isScreen = (v: string | null): v is Screen => (SCREENS as readonly (string | null)[]).includes(v);

/** Shortest and longest pace a link may set for timer mode, in seconds [I] (shorter cannot be read, longer is a pause). */
export const PACE_MIN_S = 3;
export const PACE_MAX_S = 120;
/** Paces the home's show picker offers, in seconds [I]. */
export const PACE_CHOICES_S = [8, 12, 20, 30] as const;

/**
 * Reads `&timer=<seconds>`: a show that runs by itself at that pace (a booth left running at a
 * workshop). Null without one; a value that is not a whole number in range is kept to be reported.
 */
export function parsePace(raw: string | null): { seconds: number | null; bad: string | null } {
  if (raw === null || raw === '') return { seconds: null, bad: null };
  const n = Number(raw);
  return Number.isInteger(n) && n >= PACE_MIN_S && n <= PACE_MAX_S ? { seconds: n, bad: null } : { seconds: null, bad: raw };
}
