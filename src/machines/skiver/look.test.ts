import { describe, expect, it } from 'vitest';
import { setTo as set } from '../../engine/events.ts';
import { LANGS } from '../../i18n/catalogue.ts';
import { TREADLE_LIGHT } from './constants.ts';
import { adjustTo } from './controls.ts';
import { skiverMessages } from './content.ts';
import { explainProcess } from './explain.ts';
import { sameLook, skiverLook } from './look.ts';
import { READY_TO_SKIVE, SkiverBench } from './testBench.ts';

const READY = READY_TO_SKIVE;

function skived(faults: readonly string[], hand = 0, treadle = TREADLE_LIGHT) {
  const b = new SkiverBench();
  b.sendAll([...READY, ...faults.map((fault) => ({ type: 'fault.inject' as const, fault }))]);
  b.sendAll([set('footLever', 'up'), set('piece', 'part'), set('footLever', 'down'), adjustTo('guideOffset', hand), adjustTo('treadle', treadle)]);
  b.run(5000);
  return b;
}

describe('skiver look and debrief', () => {
  it('the look shows the skive so far from the process, the pedal and hand from the inputs', () => {
    const b = new SkiverBench();
    b.sendAll([...READY, set('footLever', 'up'), set('piece', 'part'), set('footLever', 'down'), adjustTo('guideOffset', 0.5), adjustTo('treadle', TREADLE_LIGHT)]);
    b.run(1000);
    const look = skiverLook(b.snap(), b.process, b.inputs);
    expect(look).toMatchObject({ motorOn: true, knifeSpinning: true, piece: 'part', treadle: TREADLE_LIGHT, guideOffsetMm: 0.5, footRaised: false });
    expect(look.fedMm).toBeGreaterThan(0);
    expect(look.fedMm).toBeLessThan(look.pieceLengthMm);
    expect(look.profile.length).toBeGreaterThan(0);
    expect(sameLook(look, skiverLook(b.snap(), b.process, b.inputs))).toBe(true);
    // A fresh piece shows an empty profile, whatever the process last measured.
    b.sendAll([adjustTo('treadle', 0), set('footLever', 'up'), set('piece', 'none'), set('piece', 'scrap')]);
    expect(skiverLook(b.snap(), b.process, b.inputs).profile).toEqual([]);
  });

  it('a clean skive explains as good, with its numbers', () => {
    const b = skived([]);
    const lines = explainProcess(b.process, b.snap());
    expect(lines.map((l) => l.key)).toEqual(['explain.profile.part', 'explain.good']);
  });

  it.each([
    [['bluntKnife'], 0, TREADLE_LIGHT, 'explain.ragged'],
    [['guideLoose'], 0, TREADLE_LIGHT, 'explain.widthGuideLoose'],
    [[], 2, TREADLE_LIGHT, 'explain.widthHand'],
    [[], 0, 0.9, 'explain.thicknessFast'],
    [['cutThrough'], 0, TREADLE_LIGHT, 'explain.cutThroughGap'],
    [['tooThick'], 0, TREADLE_LIGHT, 'explain.tooThickGap'],
    [['rollerGlazed'], 0, TREADLE_LIGHT, 'explain.jamRoller'],
  ] as const)('faults %j (hand %d, pedal %d) explain as %s, with text in both languages', (faults, hand, treadle, key) => {
    const b = skived(faults, hand, treadle);
    const lines = explainProcess(b.process, b.snap());
    expect(lines.map((l) => l.key)).toContain(key);
    for (const lang of LANGS) for (const l of lines) expect(skiverMessages[lang][l.key], `${lang} ${l.key}`).toBeDefined();
  });
});
