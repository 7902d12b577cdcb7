import { describe, expect, it } from 'vitest';
import { commandForKey } from './keys.ts';
import { PACE_MAX_S, PACE_MIN_S, parsePace, parsePlaylist, splitPlaylist, PLAYLIST_MAX } from './playlist.ts';
import { commandMessage, helloMessage, parseMessage, stateMessage, type ShowState } from './protocol.ts';
import { applyCommand, END, settle, startShow, TIMER_STOP_MS } from './show.ts';

describe('show commands', () => {
  const two = startShow(['a', 'b']);
  it('moves through a tour and on to the next machine, and back into the end of the previous one', () => {
    let s = two;
    for (let i = 0; i < 3; i++) s = applyCommand(s, 'next', 3);
    expect(s).toMatchObject({ machineIndex: 0, position: 3 });
    s = applyCommand(s, 'next', 3);
    expect(s).toMatchObject({ machineIndex: 1, position: 0 });
    s = applyCommand(s, 'prev', 5);
    expect(s).toMatchObject({ machineIndex: 0, position: END });
    expect(settle(s, 3).position).toBe(3);
  });
  it('stops at both ends of the show, and the timer stops at the very end', () => {
    expect(applyCommand(two, 'prev', 3)).toMatchObject({ machineIndex: 0, position: 0 });
    const end = { ...two, machineIndex: 1, position: 4, timer: true };
    expect(applyCommand(end, 'next', 4)).toMatchObject({ machineIndex: 1, position: 4, timer: false });
  });
  it('blanks and unblanks, toggles the timer and live mode, and moving leaves live mode', () => {
    expect(applyCommand(two, 'blank', 3).blank).toBe(true);
    expect(applyCommand(applyCommand(two, 'blank', 3), 'blank', 3).blank).toBe(false);
    expect(applyCommand(two, 'timer', 3).timer).toBe(true);
    const live = applyCommand(two, 'mistake', 3);
    expect(live).toMatchObject({ live: true, mistakes: 1 });
    expect(applyCommand(live, 'next', 3)).toMatchObject({ live: false, position: 1 });
    expect(applyCommand(live, 'repeat', 3)).toMatchObject({ live: false, replays: 1, position: 0 });
    expect(applyCommand(two, 'leave', 3).left).toBe(true);
  });
});

describe('timer pace from a link', () => {
  it('starts a show in timer mode at the pace of the link, and at the default pace when started by key', () => {
    expect(startShow(['a'], 5)).toMatchObject({ timer: true, paceMs: 5000 });
    expect(startShow(['a'])).toMatchObject({ timer: false, paceMs: TIMER_STOP_MS });
    expect(applyCommand(startShow(['a']), 'timer', 3)).toMatchObject({ timer: true, paceMs: TIMER_STOP_MS });
  });
  it('reads whole seconds in range, and keeps anything else to report', () => {
    expect(parsePace(null)).toEqual({ seconds: null, bad: null });
    expect(parsePace('')).toEqual({ seconds: null, bad: null });
    expect(parsePace(String(PACE_MIN_S))).toEqual({ seconds: PACE_MIN_S, bad: null });
    expect(parsePace(String(PACE_MAX_S))).toEqual({ seconds: PACE_MAX_S, bad: null });
    for (const bad of [String(PACE_MIN_S - 1), String(PACE_MAX_S + 1), '2.5', 'cepat', '1e9']) expect(parsePace(bad)).toEqual({ seconds: null, bad });
  });
});

describe('keys', () => {
  it('maps a clicker and a keyboard to commands, and nothing else', () => {
    for (const k of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) expect(commandForKey(k)).toBe('next');
    for (const k of ['PageUp', 'ArrowLeft', 'ArrowUp']) expect(commandForKey(k)).toBe('prev');
    for (const k of ['.', 'b', 'B']) expect(commandForKey(k)).toBe('blank');
    expect(commandForKey('Escape')).toBe('leave');
    expect(commandForKey('x')).toBeNull();
    expect(commandForKey('Enter')).toBeNull();
  });
});

describe('playlist from a link', () => {
  it('keeps ids in order, drops blanks, clips count and length, and splits off unknown ids', () => {
    expect(parsePlaylist(null)).toBeNull();
    expect(parsePlaylist(' a, ,b,')).toEqual(['a', 'b']);
    expect(parsePlaylist(Array(40).fill('m').join(','))!.length).toBe(PLAYLIST_MAX);
    expect(parsePlaylist('x'.repeat(500))![0]!.length).toBeLessThan(100);
    expect(splitPlaylist(['a', 'zz', 'b'], (id) => id !== 'zz')).toEqual({ play: ['a', 'b'], unknown: ['zz'] });
  });
});

describe('window protocol', () => {
  const state: ShowState = { machineIndex: 0, machineId: 'some-press', position: 2, stops: 9, blank: false, timer: true, live: false };
  it('round-trips its own messages', () => {
    for (const m of [stateMessage(state), commandMessage('next'), helloMessage()]) expect(parseMessage(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
  it('ignores anything else on the channel', () => {
    const bad: unknown[] = [
      null,
      'next',
      { v: 2, type: 'hello' },
      { v: 1, type: 'command', command: 'format-disk' },
      { v: 1, type: 'state', state: { ...state, position: 10 } },
      { v: 1, type: 'state', state: { ...state, position: -1 } },
      { v: 1, type: 'state', state: { ...state, position: 1.5 } },
      { v: 1, type: 'state', state: { ...state, machineId: '<img src=x>' } },
      { v: 1, type: 'state', state: { ...state, blank: 'yes' } },
      { v: 1, type: 'state' },
      [1, 2],
    ];
    for (const b of bad) expect(parseMessage(b), JSON.stringify(b)).toBeNull();
  });
});
