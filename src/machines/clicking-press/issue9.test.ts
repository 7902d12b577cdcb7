import { describe, expect, it } from 'vitest';
import { followHints } from '../../engine/contract/hintFollower.ts';
import { inspect, press, release, setTo as set } from '../../engine/events.ts';
import { createSession } from '../../engine/session.ts';
import { clickingPressMessages } from './content.ts';
import { CUT_THROUGH_NOTCH, TWO_HAND_WINDOW_MS } from './constants.ts';
import { clickingPress } from './index.ts';
import { clickingPressLook } from './look.ts';
import type { ClickingPressContext } from './chart/types.ts';
import { pressReady, stroke } from './testSessions.ts';

type S = ReturnType<typeof createSession>;
const snap = (s: S) => s.actor.getSnapshot();
const ctx = (s: S) => snap(s).context as ClickingPressContext;
const mistakes = (s: S) => s.mistakes().map((m) => m.id);
const cutAt = (s: S, notch: number, material: 'scrap' | 'leather') => {
  s.send(set('die', 'vamp'));
  s.send(set('pressure', 14));
  s.send(set('material', material));
  s.send(set('hideSide', 'grainUp'));
  s.send(set('diePlace', 'clear'));
  s.send(set('depth', notch));
  stroke(s);
};

describe('clicking press, issue 9: texts', () => {
  const all = (lang: 'id' | 'en') => Object.values(clickingPressMessages[lang]).join('\n');
  it('one depth convention: a bigger notch cuts deeper, and "raise"/"naikkan" is never used for depth', () => {
    for (const [k, v] of Object.entries(clickingPressMessages.id)) if (/takik/.test(v)) expect(v, k).not.toMatch(/naikkan/i);
    for (const [k, v] of Object.entries(clickingPressMessages.en)) if (/notch/.test(v)) expect(v, k).not.toMatch(/\braise\b/i);
    expect(all('id')).toMatch(/takik lebih besar = potong lebih dalam/);
    expect(all('en')).toMatch(/bigger notch = deeper cut/);
  });
  it('the Indonesian fixes: wording, no English, ton-force, kulit produksi, controls as printed', () => {
    const id = all('id');
    expect(id).toMatch(/lengan tidak boleh turun bila hanya satu tombol ditekan/);
    expect(id).not.toMatch(/mushrooming/);
    expect(id).not.toMatch(/lengan 20 ton/);
    expect(id).not.toMatch(/kulit kerja/i);
    expect(id).toMatch(/kulit produksi/);
    expect(clickingPressMessages.id['control.pumpStart']).toBe('Hidupkan pompa (START)');
    expect(clickingPressMessages.id['control.pumpStop']).toBe('Matikan pompa (STOP)');
  });
  it('the depth step gives no number', () => {
    expect(clickingPressMessages.id['step.setDepth']).not.toMatch(/\d/);
    expect(clickingPressMessages.en['step.setDepth']).not.toMatch(/\d/);
  });
});

describe('clicking press, issue 9: depth skill', () => {
  it('the trial cut counts only at the shallowest clean setting', () => {
    const s = pressReady();
    cutAt(s, CUT_THROUGH_NOTCH + 1, 'scrap');
    expect(ctx(s).trialCutClean).toBe(false);
    s.send(press('removePart'));
    expect(mistakes(s)).toContain('depthDeeperThanNeeded');
    cutAt(s, CUT_THROUGH_NOTCH, 'scrap');
    expect(ctx(s).trialCutClean).toBe(true);
  });
  it('guided hints deepen one notch at a time from a shallow start, never jumping to the number', () => {
    const s = createSession(clickingPress, 'guided');
    const depths: number[] = [];
    for (let i = 0; i < 600 && s.outcome().status === 'running'; i++) {
      const [next] = s.hints();
      if (next?.type === 'user.set' && next.control === 'depth') depths.push(Number(next.value));
      if (next) s.send(next);
      else s.skipWait();
    }
    expect(s.outcome().status).toBe('complete');
    expect(depths.length).toBeGreaterThan(1);
    for (let i = 1; i < depths.length; i++) expect(depths[i]! - depths[i - 1]!).toBe(1);
  });
  it('the hint follower completes without mistakes', () => {
    const s = followHints(clickingPress);
    expect(s.outcome().status).toBe('complete');
    expect(s.mistakes()).toEqual([]);
  });
});

describe('clicking press, issue 9: functional tests', () => {
  it('the two-hand test needs "both pressed more than 0.5 s apart: no stroke"', () => {
    const s = pressReady();
    s.send(set('arm', 'overDie'));
    s.send(press('buttonLeft'));
    s.advance(TWO_HAND_WINDOW_MS + 1);
    expect(ctx(s).tests.apartRefused).toBe(false);
    s.send(press('buttonRight'));
    expect(snap(s).hasTag('hazard')).toBe(false);
    expect(ctx(s).tests.apartRefused).toBe(true);
  });
  it('the e-stop test counts only after release and reset', () => {
    const s = pressReady();
    s.send(press('estop'));
    expect(ctx(s).tests.estop).toBe(false);
    s.send(release('estop'));
    expect(ctx(s).tests.estop).toBe(false);
    s.send(press('reset'));
    expect(ctx(s).tests.estop).toBe(true);
  });
  it('the manual swing arm still moves by hand during an e-stop', () => {
    const s = pressReady();
    s.send(press('estop'));
    expect(s.send(set('arm', 'overDie'))).toBe(true);
    expect(s.send(set('arm', 'aside'))).toBe(true);
  });
});

describe('clicking press, issue 9: board and die checks', () => {
  it('a worn board fails the check, shows the grooves, and passes after turning the board', () => {
    const s = createSession(clickingPress);
    s.send({ type: 'fault.inject', fault: 'boardWorn' }, 'trainer');
    s.send(inspect('board'));
    expect(ctx(s).checks.board).toBe(false);
    expect(clickingPress.status(snap(s)).key).toBe('status.boardGrooved');
    expect(clickingPressLook(snap(s)).boardGrooved).toBe(true);
    s.send(press('turnBoard'));
    expect(clickingPressLook(snap(s)).boardGrooved).toBe(false);
    s.send(inspect('board'));
    expect(ctx(s).checks.board).toBe(true);
  });
  it('a bent die fails the die check and using it is a mistake; the spare die passes', () => {
    const s = pressReady();
    s.send({ type: 'fault.inject', fault: 'dieBent' }, 'trainer');
    s.send(inspect('dieRack'));
    expect(ctx(s).checks.dieRack).toBe(false);
    expect(clickingPress.status(snap(s)).key).toBe('status.dieBent');
    s.send(set('die', 'vamp'));
    expect(mistakes(s)).toContain('bentDieUsed');
    s.send(set('die', 'none'));
    s.send(press('swapDie'));
    s.send(inspect('dieRack'));
    expect(ctx(s).checks.dieRack).toBe(true);
  });
});

describe('clicking press, issue 9: hide handling', () => {
  const cutHide = (side: string, place: string) => {
    const s = pressReady();
    s.send(set('die', 'vamp'));
    s.send(set('pressure', 14));
    s.send(set('material', 'leather'));
    s.send(set('hideSide', side));
    s.send(set('diePlace', place));
    s.send(set('depth', CUT_THROUGH_NOTCH));
    stroke(s);
    return s;
  };
  it.each([
    ['fleshUp', 'clear', 'flesh', 'fleshSideUp'],
    ['grainUp', 'defect', 'defect', 'cutOverDefect'],
    ['grainUp', 'across', 'across', 'acrossStretch'],
  ])('hide %s, die %s: the part shows the flaw and taking it is graded', (side, place, flaw, mistake) => {
    const s = cutHide(side, place);
    expect(ctx(s).partFlaw).toBe(flaw);
    expect(clickingPressLook(snap(s)).partFlaw).toBe(flaw);
    expect(clickingPress.status(snap(s)).key).toBe(`status.partFlaw.${flaw}`);
    s.send(press('removePart'));
    expect(mistakes(s)).toContain(mistake);
    expect(ctx(s).goodParts).toBe(0);
  });
  it('the hide comes flesh side up with the die on a marked defect; grain up on a clear area is a good part', () => {
    expect(ctx(createSession(clickingPress)).hide).toEqual({ grainUp: false, place: 'defect' });
    const s = cutHide('grainUp', 'clear');
    expect(ctx(s).partFlaw).toBeNull();
    s.send(press('removePart'));
    expect(ctx(s).goodParts).toBe(1);
    expect(mistakes(s).filter((m) => m !== 'wrongOrder')).toEqual([]);
  });
});

describe('clicking press, issue 9: low oil, key, shutdown', () => {
  it('low oil: stop, lock out, report; topping up is not the artisan’s', () => {
    const s = pressReady();
    s.send({ type: 'fault.inject', fault: 'lowOil' }, 'trainer');
    expect(s.send(press('reportMechanic'))).toBe(false);
    s.send(set('mainSwitch', 'off'));
    s.send(press('oilFillCap'));
    expect(ctx(s).oilLow).toBe(true);
    expect(mistakes(s)).toContain('oilTopUp');
    expect(s.send(press('reportMechanic'))).toBe(true);
    expect(snap(s).hasTag('oilReported')).toBe(true);
  });
  it('the mode selector needs the key; taking the key is a mistake', () => {
    const s = pressReady();
    expect(s.send(set('modeSelector', 'oneHand'))).toBe(false);
    s.send(set('modeKey', 'in'));
    expect(mistakes(s)).toContain('modeKeyTaken');
    expect(s.send(set('modeSelector', 'oneHand'))).toBe(true);
  });
  it('shutdown needs a clean board and the die stored', () => {
    const s = pressReady();
    cutAt(s, CUT_THROUGH_NOTCH, 'leather');
    s.send(press('removePart'));
    s.send(press('pumpStop'));
    s.send(set('mainSwitch', 'off'));
    expect(snap(s).hasTag('complete')).toBe(false);
    s.send(set('die', 'none'));
    s.send(press('cleanBoard'));
    expect(snap(s).hasTag('complete')).toBe(true);
  });
});
