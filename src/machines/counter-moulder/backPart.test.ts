import { describe, expect, it } from 'vitest';
import { judgeBackPart, type BackPartInputs } from './backPart.ts';
import { TICKET } from './constants.ts';

const good: BackPartInputs = {
  hot: { tempC: TICKET.hotTempC, dwellS: TICKET.hotDwellS, complete: true },
  cold: { tempC: TICKET.coldTempC, dwellS: TICKET.coldDwellS, complete: true },
  transferSlow: false,
  counterCentred: true,
};

describe('judgeBackPart', () => {
  it('the work ticket gives a good back part', () => {
    expect(judgeBackPart(good)).toEqual({ outcome: 'good', causes: [] });
  });
  it('too hot scorches', () => {
    expect(judgeBackPart({ ...good, hot: { ...good.hot, tempC: 130 } })).toEqual({ outcome: 'scorched', causes: ['hotTooHot'] });
  });
  it('too long on the hot mould scorches', () => {
    expect(judgeBackPart({ ...good, hot: { ...good.hot, dwellS: 30 } }).outcome).toBe('scorched');
  });
  it('a slow transfer springs back', () => {
    expect(judgeBackPart({ ...good, transferSlow: true })).toEqual({ outcome: 'springback', causes: ['transferSlow'] });
  });
  it('a short cold dwell or a warm cold mould springs back', () => {
    expect(judgeBackPart({ ...good, cold: { ...good.cold, dwellS: 5 } }).causes).toEqual(['coldDwellShort']);
    expect(judgeBackPart({ ...good, cold: { ...good.cold, tempC: 25 } }).causes).toEqual(['coldTooWarm']);
  });
  it('a cold mould colder than the window still sets the shape', () => {
    expect(judgeBackPart({ ...good, cold: { ...good.cold, tempC: 10 } }).outcome).toBe('good');
  });
  it('an off-centre counter is off-centre', () => {
    expect(judgeBackPart({ ...good, counterCentred: false }).outcome).toBe('offCentre');
  });
  it('a pad that opened early leaves the back part not closed', () => {
    expect(judgeBackPart({ ...good, cold: { ...good.cold, complete: false } })).toEqual({ outcome: 'notClosed', causes: ['coldPadNotClosed'] });
  });
  it('lists every cause, the most serious first', () => {
    const r = judgeBackPart({ ...good, hot: { tempC: 140, dwellS: 5, complete: true }, transferSlow: true });
    expect(r.outcome).toBe('scorched');
    expect(r.causes).toEqual(['hotTooHot', 'hotDwellShort', 'transferSlow']);
  });
});
