import { describe, expect, it } from 'vitest';
import { WORK_TICKET as T } from './constants.ts';
import { judgeToe, type ToeInputs } from './toeQuality.ts';

/** The work ticket's settings with the last on the line and the machine cared for. */
const GOOD: ToeInputs = {
  pullMPa: T.pullMPa,
  wiperMPa: T.wiperMPa,
  dwellS: T.dwellS,
  meltTempC: T.meltTempC,
  gripOffsetMm: 0,
  programSizeEu: T.sizeEu,
  side: T.side,
  sidePincersOn: true,
  nozzleBlocked: false,
  tankEmpty: false,
  pincersGlued: false,
};
const judge = (over: Partial<ToeInputs>) => judgeToe({ ...GOOD, ...over });

describe('the lasted toe follows from the settings and the alignment', () => {
  it('the work ticket with the last on the line gives a good toe', () => {
    expect(judgeToe(GOOD)).toEqual({ outcome: 'good', cause: 'allCorrect', offsetMm: 0 });
  });

  it.each([
    [{ pullMPa: 4.5 }, 'torn', 'pullTooHigh'],
    [{ pullMPa: 5 }, 'torn', 'pullTooHigh'],
    [{ gripOffsetMm: 2 }, 'offCentre', 'lastOffCentre'],
    [{ gripOffsetMm: -4 }, 'offCentre', 'lastOffCentre'],
    [{ side: 'right' as const }, 'offCentre', 'wrongSide'],
    [{ meltTempC: 130 }, 'weakMargin', 'meltFarTooCold'],
    [{ nozzleBlocked: true }, 'weakMargin', 'nozzleBlocked'],
    [{ tankEmpty: true }, 'weakMargin', 'tankEmpty'],
    [{ dwellS: 1 }, 'weakMargin', 'dwellTooShort'],
    [{ meltTempC: 150 }, 'glueStrings', 'meltTooCold'],
    [{ meltTempC: 190 }, 'glueStrings', 'meltTooHot'],
    [{ programSizeEu: 42 }, 'pleats', 'wrongSize'],
    [{ sidePincersOn: false }, 'pleats', 'sidePincersOff'],
    [{ pincersGlued: true }, 'pleats', 'pincersGlued'],
    [{ pullMPa: 2.5 }, 'pleats', 'pullTooLow'],
    [{ wiperMPa: 1.5 }, 'pleats', 'wiperTooLow'],
  ] as const)('%o gives %s (%s)', (over, outcome, cause) => {
    expect(judge(over)).toMatchObject({ outcome, cause });
  });

  it('inside the windows the toe stays good (160–180 °C melt, 3–4 MPa pull, wiper from 2 MPa, dwell from 2 s, 1 mm off)', () => {
    for (const over of [{ meltTempC: 160 }, { meltTempC: 180 }, { pullMPa: 3 }, { pullMPa: 4 }, { wiperMPa: 2 }, { dwellS: 2 }, { gripOffsetMm: 1 }])
      expect(judge(over).outcome, JSON.stringify(over)).toBe('good');
  });

  it('a tear hides every other defect; an off-centre toe shows before the margin and the pleats', () => {
    expect(judge({ pullMPa: 5, gripOffsetMm: 4, meltTempC: 130 }).outcome).toBe('torn');
    expect(judge({ gripOffsetMm: 4, meltTempC: 130, wiperMPa: 1 }).outcome).toBe('offCentre');
    expect(judge({ meltTempC: 150, wiperMPa: 1 }).outcome).toBe('glueStrings');
  });

  it('keeps the offset it was gripped at, for the view and the debrief', () => {
    expect(judge({ gripOffsetMm: -4 }).offsetMm).toBe(-4);
  });
});
