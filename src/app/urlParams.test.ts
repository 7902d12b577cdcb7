import { describe, expect, it } from 'vitest';
import { parseRoute, routeToSearch } from './urlParams.ts';

/** Any kebab-case machine id: the route only carries it (the app checks it against the machine folders). */
const MACHINE = 'test-press';

describe('URL parameters', () => {
  it('defaults to Indonesian, free mode, home', () => {
    expect(parseRoute('')).toEqual({ machine: null, lang: 'id', mode: 'free', modeInLink: false, badMode: null, badLang: null, scenario: null, trainer: false, learner: null, view: null, present: null, screen: 'audience', badScreen: null, pace: null, badPace: null, step: null, sop: null, paper: 'A4', badPaper: null });
  });
  it('reads machine, lang and mode', () => {
    expect(parseRoute(`?machine=${MACHINE}&lang=en&mode=exam&scenario=probe&trainer=1`)).toEqual({ machine: MACHINE, lang: 'en', mode: 'exam', modeInLink: true, badMode: null, badLang: null, scenario: 'probe', trainer: true, learner: null, view: null, present: null, screen: 'audience', badScreen: null, pace: null, badPace: null, step: null, sop: null, paper: 'A4', badPaper: null });
  });
  it('falls back on unknown values and remembers a bad mode and a bad language', () => {
    expect(parseRoute('?lang=fr&mode=party')).toMatchObject({ machine: null, lang: 'id', mode: 'free', modeInLink: false, badMode: 'party', badLang: 'fr' });
  });
  it('reads a learner name, trimmed and clipped; an empty one is none', () => {
    expect(parseRoute('?learner=%20Siti%20').learner).toBe('Siti');
    expect(parseRoute('?learner=').learner).toBeNull();
    expect(parseRoute('?learner=%20%20').learner).toBeNull();
    expect(parseRoute(`?learner=${'a'.repeat(100)}`).learner).toHaveLength(40);
  });
  it('keeps the learner parameter when the route changes', () => {
    const s = routeToSearch({ machine: MACHINE, lang: 'id', mode: 'free', scenario: null }, '?learner=Siti');
    expect(parseRoute(s).learner).toBe('Siti');
  });
  it('reads the learner\'s own page; an unknown view is none; a machine drops it', () => {
    expect(parseRoute('?view=progress').view).toBe('progress');
    expect(parseRoute('?view=party').view).toBeNull();
    const home = routeToSearch({ machine: null, lang: 'id', mode: 'free', scenario: null, view: 'progress' }, '?learner=Siti');
    expect(parseRoute(home)).toMatchObject({ view: 'progress', learner: 'Siti', machine: null });
    expect(parseRoute(routeToSearch({ machine: MACHINE, lang: 'id', mode: 'guided', scenario: null, view: 'progress' }, home)).view).toBeNull();
    expect(parseRoute(routeToSearch({ machine: null, lang: 'id', mode: 'free', scenario: null, view: null }, home)).view).toBeNull();
  });
  it('reads the class view; an unknown view is none', () => {
    expect(parseRoute('?view=class&trainer=1').view).toBe('class');
    expect(parseRoute('?view=party').view).toBeNull();
  });
  it('writes the view when given, keeps it when not named, drops it when null', () => {
    const base = { machine: null, lang: 'id', mode: 'free', scenario: null } as const;
    const s = routeToSearch({ ...base, view: 'class' }, '?trainer=1');
    expect(parseRoute(s).view).toBe('class');
    expect(parseRoute(routeToSearch({ ...base, machine: MACHINE }, s)).view).toBe('class');
    expect(parseRoute(routeToSearch({ ...base, view: null }, s)).view).toBeNull();
  });
  it('round-trips and keeps foreign parameters', () => {
    const s = routeToSearch({ machine: MACHINE, lang: 'en', mode: 'guided', scenario: null }, '?trainer=1');
    expect(parseRoute(s)).toMatchObject({ machine: MACHINE, lang: 'en', mode: 'guided' });
    expect(new URLSearchParams(s).get('trainer')).toBe('1');
  });
  it('reads a show (present, screen), keeps an unknown screen to report, and leaving the show drops both', () => {
    expect(parseRoute(`?present=${MACHINE},other-press&screen=presenter`)).toMatchObject({ present: [MACHINE, 'other-press'], screen: 'presenter', badScreen: null });
    expect(parseRoute('?present=&screen=wall')).toMatchObject({ present: [], screen: 'audience', badScreen: 'wall' });
    const left = routeToSearch({ machine: null, lang: 'id', mode: 'free', scenario: null, present: null }, `?present=${MACHINE}&screen=presenter&learner=Siti`);
    expect(parseRoute(left)).toMatchObject({ present: null, screen: 'audience', learner: 'Siti' });
    expect(parseRoute(routeToSearch({ machine: null, lang: 'en', mode: 'free', scenario: null }, `?present=${MACHINE}`)).present).toEqual([MACHINE]);
    // Starting a show from the home writes the playlist in order, for the audience window.
    const started = routeToSearch({ machine: null, lang: 'id', mode: 'free', scenario: null, present: [MACHINE, 'other-press'] }, '?screen=presenter&learner=Siti');
    expect(parseRoute(started)).toMatchObject({ present: [MACHINE, 'other-press'], screen: 'audience', learner: 'Siti', machine: null });
  });
  it('writes a show\'s pace when started with one, reads it back, and drops it when the show is left', () => {
    const paced = routeToSearch({ machine: null, lang: 'id', mode: 'free', scenario: null, present: [MACHINE], pace: 12 });
    expect(parseRoute(paced)).toMatchObject({ present: [MACHINE], pace: 12, badPace: null });
    expect(parseRoute(routeToSearch({ machine: null, lang: 'id', mode: 'free', scenario: null, present: [MACHINE], pace: null }, paced)).pace).toBeNull();
    expect(parseRoute(routeToSearch({ machine: null, lang: 'id', mode: 'free', scenario: null, present: null }, paced))).toMatchObject({ present: null, pace: null });
    expect(parseRoute(`?present=${MACHINE}&timer=fast`)).toMatchObject({ pace: null, badPace: 'fast' });
  });
  it('reads a start step, kept for guided practice of a machine and dropped by any other move', () => {
    expect(parseRoute(`?machine=${MACHINE}&mode=guided&step=laySole`).step).toBe('laySole');
    const base = { machine: MACHINE, lang: 'id', mode: 'guided', scenario: null } as const;
    expect(parseRoute(routeToSearch({ ...base, step: 'laySole' }, '')).step).toBe('laySole');
    expect(parseRoute(routeToSearch({ ...base, mode: 'free', step: 'laySole' }, '?step=laySole')).step).toBeNull();
    expect(parseRoute(routeToSearch({ ...base, machine: null, step: 'laySole' }, '?step=laySole')).step).toBeNull();
    expect(parseRoute(routeToSearch({ ...base, scenario: 'probe', step: 'laySole' }, '?step=laySole')).step).toBeNull();
  });
  it('reads a SOP card and its paper; an unknown paper is A4 and kept to report', () => {
    expect(parseRoute(`?sop=${MACHINE}&paper=a5`)).toMatchObject({ sop: MACHINE, paper: 'A5', badPaper: null });
    expect(parseRoute(`?sop=${MACHINE}&paper=letter`)).toMatchObject({ paper: 'A4', badPaper: 'letter' });
    expect(parseRoute(routeToSearch({ machine: null, lang: 'id', mode: 'free', scenario: null, sop: null }, `?sop=${MACHINE}&paper=A5`))).toMatchObject({ sop: null, badPaper: null, paper: 'A4' });
  });
});
