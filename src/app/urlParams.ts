import { DEFAULT_LANG, isLang, type Lang } from '../i18n/catalogue.ts';
import { MODES, type Mode } from '../engine/session.ts';
import { isScreen, parsePace, parsePlaylist, type Screen } from '../presenter/playlist.ts';

export interface AppRoute {
  readonly machine: string | null;
  readonly lang: Lang;
  readonly mode: Mode;
  /** Whether the link named a known mode itself (a drill's own mode overrides it, and says so). */
  readonly modeInLink: boolean;
  /** The mode parameter as given when it was not a known mode (so the UI can say so). */
  readonly badMode: string | null;
  /** The lang parameter as given when it was not a known language (so the UI can say which one it used). */
  readonly badLang: string | null;
  /** A bundled drill to open (`?scenario=<drill-id>`, shareable). */
  readonly scenario: string | null;
  /** Trainer panel open from the start (`?trainer=1`). */
  readonly trainer: boolean;
  /** A learner's name to select, added if new (`&learner=Siti`, a trainer's shared link); trimmed, clipped. */
  readonly learner: string | null;
  /** A home-level page instead of the catalogue (`?view=progress`: the learner's own page; `?view=class`: the trainer's class view). */
  readonly view: AppView | null;
  /** A presenter's show (`?present=<id>,<id>`): machine ids in order, as given (checked against the catalogue by the app). */
  readonly present: readonly string[] | null;
  /** Which window of a show this is (`&screen=presenter`: the presenter's notes); unknown values are kept to be reported. */
  readonly screen: Screen;
  readonly badScreen: string | null;
  /** A show that runs by itself (`&timer=<seconds>`); a value out of range is kept to be reported. */
  readonly pace: number | null;
  readonly badPace: string | null;
  /** Guided practice from this procedure step (`&step=<step-id>`, a SOP card's QR code); checked against the machine by its screen. */
  readonly step: string | null;
  /** A machine's printable SOP card (`?sop=<machine-id>&paper=A4|A5`), checked against the catalogue by the app. */
  readonly sop: string | null;
  readonly paper: Paper;
  /** The paper parameter as given when it was not a known size. */
  readonly badPaper: string | null;
}

/** Paper sizes the SOP card is laid out for (print CSS `@page size`). */
export const PAPERS = ['A4', 'A5'] as const;
export type Paper = (typeof PAPERS)[number];
const isPaper = (v: string | null): v is Paper => (PAPERS as readonly (string | null)[]).includes(v?.toUpperCase() ?? null);

/** Pages of the home level a link can open (a machine, when named, wins). */
export const APP_VIEWS = ['progress', 'class'] as const;
export type AppView = (typeof APP_VIEWS)[number];
const isView = (v: string | null): v is AppView => (APP_VIEWS as readonly (string | null)[]).includes(v);

/** Longest learner name a link may add (a longer one is clipped, so a link cannot flood the list). */
export const LINK_NAME_MAX = 40;

/** Reads `?machine=<id>&lang=id|en&mode=<mode>&learner=<name>`; unknown values fall back to defaults and are kept to be reported. */
export function parseRoute(search: string): AppRoute {
  const p = new URLSearchParams(search);
  const lang = p.get('lang');
  const mode = p.get('mode');
  const knownMode = (MODES as readonly string[]).includes(mode ?? '');
  return {
    machine: p.get('machine') || null,
    lang: isLang(lang) ? lang : DEFAULT_LANG,
    mode: knownMode ? (mode as Mode) : 'free',
    modeInLink: knownMode,
    badMode: mode && !knownMode ? mode : null,
    badLang: lang && !isLang(lang) ? lang : null,
    scenario: p.get('scenario') || null,
    trainer: p.get('trainer') === '1',
    learner: p.get('learner')?.trim().slice(0, LINK_NAME_MAX).trim() || null,
    view: isView(p.get('view')) ? (p.get('view') as AppView) : null,
    present: parsePlaylist(p.get('present')),
    screen: isScreen(p.get('screen')) ? (p.get('screen') as Screen) : 'audience',
    badScreen: p.get('screen') && !isScreen(p.get('screen')) ? p.get('screen') : null,
    pace: parsePace(p.get('timer')).seconds,
    badPace: parsePace(p.get('timer')).bad,
    step: p.get('step') || null,
    sop: p.get('sop') || null,
    paper: isPaper(p.get('paper')) ? (p.get('paper')!.toUpperCase() as Paper) : 'A4',
    badPaper: p.get('paper') && !isPaper(p.get('paper')) ? p.get('paper') : null,
  };
}

/** Writes a route back to a query string, keeping parameters the app does not own. */
export function routeToSearch(
  route: Pick<AppRoute, 'machine' | 'lang' | 'mode' | 'scenario'> & { readonly view?: AppView | null; readonly present?: readonly string[] | null; readonly step?: string | null; readonly sop?: string | null; readonly pace?: number | null },
  current = '',
): string {
  const p = new URLSearchParams(current);
  // A start step belongs to the guided practice of one machine: any other screen drops it.
  if (route.step && route.machine && route.mode === 'guided' && !route.scenario) p.set('step', route.step);
  else p.delete('step');
  if (route.sop) p.set('sop', route.sop);
  else if (route.sop === null) {
    p.delete('sop');
    p.delete('paper');
  }
  // Leaving a show (present: null) drops it and its window role; any other move keeps what the link had.
  if (route.present === null) {
    p.delete('present');
    p.delete('screen');
    p.delete('timer');
  } else if (route.present && route.present.length > 0) {
    // Starting a show (the home's picker): the audience window; the presenter's opens from it.
    p.set('present', route.present.join(','));
    p.delete('screen');
    if (route.pace) p.set('timer', String(route.pace));
    else p.delete('timer');
  }
  if (route.view) p.set('view', route.view);
  else if (route.view === null) p.delete('view');
  // A machine opened from the class view (a replay) keeps it, so Back returns there; any other page gives way to the machine.
  if (route.machine && p.get('view') !== 'class') p.delete('view');
  if (route.machine) p.set('machine', route.machine);
  else p.delete('machine');
  p.set('lang', route.lang);
  if (route.machine) p.set('mode', route.mode);
  else p.delete('mode');
  if (route.machine && route.scenario) p.set('scenario', route.scenario);
  else p.delete('scenario');
  return `?${p.toString()}`;
}
