import { describe, expect, it } from 'vitest';
import { press, setTo as set } from '../../engine/events.ts';
import { LANGS } from '../../i18n/catalogue.ts';
import { TREADLE_LIGHT } from './constants.ts';
import { adjustTo } from './controls.ts';
import { skiverMessages } from './content.ts';
import { skiverLook } from './look.ts';
import { skiverRefusal, skiverStatus } from './status.ts';
import { READY_TO_SKIVE, SkiverBench } from './testBench.ts';

const READY = READY_TO_SKIVE;

/** A trial strip skived with the fault in, the pedal released: what the status line tells the artisan. */
function trialWith(fault: string) {
  const b = new SkiverBench();
  b.sendAll([...READY, { type: 'fault.inject', fault }, set('footLever', 'up'), set('piece', 'scrap'), set('footLever', 'down'), adjustTo('treadle', TREADLE_LIGHT)]);
  b.run(2500);
  b.send(adjustTo('treadle', 0));
  return b;
}

describe('skiver status: every fault shows, and says what to do', () => {
  it.each([
    ['bluntKnife', 'status.result.ragged'],
    ['cutThrough', 'status.result.cutThrough'],
    ['tooThick', 'status.result.tooThick'],
    ['guideLoose', 'status.result.widthUneven'],
    ['rollerGlazed', 'status.jammed'],
  ])('%s → %s', (fault, key) => {
    const status = skiverStatus(trialWith(fault).snap());
    expect(status.key).toBe(key);
    for (const lang of LANGS) expect(skiverMessages[lang][status.key]).toBeDefined();
  });

  it('a full extractor bag: chips thrown while feeding, the bag shown full, and the status once the strip is out', () => {
    const b = new SkiverBench();
    b.sendAll([...READY, { type: 'fault.inject', fault: 'extractorFull' }, set('footLever', 'up'), set('piece', 'scrap'), set('footLever', 'down'), adjustTo('treadle', TREADLE_LIGHT)]);
    b.run(500);
    expect(skiverStatus(b.snap()).key).toBe('status.chipsThrown');
    expect(skiverLook(b.snap(), b.process, b.inputs).extractorFull).toBe(true);
    b.run(2000);
    b.sendAll([adjustTo('treadle', 0), set('footLever', 'up'), set('piece', 'none')]);
    expect(skiverStatus(b.snap()).key).toBe('status.extractorFull');
  });

  it('refusals name the interlock: stone with the guard open, motor with the guard open, cleaning while running', () => {
    const b = new SkiverBench();
    b.send(set('knifeGuard', 'open'));
    expect(skiverRefusal(b.snap(), press('stoneLever')).key).toBe('refusal.stoneGuardOpen');
    expect(skiverRefusal(b.snap(), set('motorSwitch', 'on')).key).toBe('refusal.guardOpen');
    b.sendAll([set('knifeGuard', 'closed'), set('motorSwitch', 'on')]);
    expect(b.send(press('cleanChips'))).toBe(false);
    expect(skiverRefusal(b.snap(), press('cleanChips')).key).toBe('refusal.motorRunning');
  });
});
