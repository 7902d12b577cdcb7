import { describe, expect, it } from 'vitest';
import { inspect, press, release, setTo as set } from '../../engine/events.ts';
import { createSession } from '../../engine/session.ts';
import { toeLasting } from './index.ts';
import { at, ctx, inject, lastAndRelease, machineReady, refusalKey, statusKey, toeGripped } from './testSessions.ts';

describe('toe lasting cycle and interlocks (issue 15)', () => {
  it('the work ticket with the last on the line lasts a good toe, counted when taken off', () => {
    const s = lastAndRelease(toeGripped(machineReady()));
    expect(at(s, { work: { lasted: 'good' } })).toBe(true);
    s.send(inspect('toe'));
    expect(statusKey(s)).toBe('status.lasted.allCorrect');
    s.send(press('removeLast'));
    expect(ctx(s).goodToes).toBe(1);
    expect(s.mistakes()).toEqual([]);
  });

  it('the full pull comes only after the toe pincer grip (low-pressure first stage)', () => {
    const s = machineReady();
    s.send(press('placeLast'));
    s.send(set('lastPosition', 0));
    expect(s.send(press('pedalForward'))).toBe(true);
    expect(at(s, { work: { gripped: 'toeGrip' } })).toBe(true);
    expect(snapHazard(s)).toBe(false);
    s.send(press('pedalForward'));
    expect(at(s, { work: { gripped: 'pulled' } })).toBe(true);
  });

  it('no grip without hydraulic pressure; the wipers wait for the melt and for the clamp', () => {
    const s = createSession(toeLasting);
    s.send(set('mainSwitch', 'on'));
    s.send(press('placeLast'));
    s.send(press('pedalForward'));
    expect(at(s, { work: 'placed' })).toBe(true);
    expect(toeLasting.refusal(s.actor.getSnapshot(), press('pedalForward')).key).toBe('refusal.pumpOff');
    s.send(press('pumpStart'));
    s.send(press('pedalForward'));
    s.send(press('pedalForward'));
    expect(at(s, { work: { gripped: 'pulled' } })).toBe(true);
    // Heater off: the wipers do not come in.
    expect(s.send(press('pedalForward'))).toBe(false);
    expect(refusalKey(s, press('pedalForward'))).toBe('refusal.meltNotReady');
    s.send(press('heaterOn'));
    expect(s.send(press('pedalForward'))).toBe(false);
    expect(refusalKey(s, press('pedalForward'))).toBe('refusal.meltWarming');
  });

  it('the e-stop releases the pull and stops the wipers; RESET alone restarts nothing', () => {
    const s = toeGripped(machineReady());
    s.send(press('pedalForward'));
    s.send(press('pedalForward'));
    expect(at(s, { work: 'lasting' })).toBe(true);
    s.send(press('estop'));
    expect(at(s, { work: { lasted: 'defect' } })).toBe(true);
    expect(ctx(s).lastResult?.outcome).toBe('interrupted');
    expect(at(s, { pump: 'off' }) && at(s, { heater: 'off' })).toBe(true);
    expect(s.actor.getSnapshot().hasTag('hazard')).toBe(false);
    s.send(release('estop'));
    s.send(press('reset'));
    expect(at(s, { power: 'on' }) && at(s, { pump: 'off' })).toBe(true);
  });

  it('an e-stop under the pull opens the pincers before any cement: the last is just released', () => {
    const s = toeGripped(machineReady());
    s.send(press('pedalForward'));
    s.send(press('cabinetEstop'));
    expect(at(s, { work: 'placed' })).toBe(true);
  });

  it('the over-temperature cut-out latches until the technician repairs it with the power off', () => {
    const s = machineReady();
    s.send(inject('heaterRunaway'));
    expect(at(s, { heater: 'cutOut' })).toBe(true);
    expect(statusKey(s)).toBe('status.cutOut');
    expect(s.send(press('repairHeater'))).toBe(false);
    expect(s.mistakes().map((m) => m.id)).toContain('heaterRepairLive');
  });

  it('a last that slips at the toe grip is seen at the centre-line check and re-gripped after stepping back', () => {
    const s = machineReady();
    s.send(press('placeLast'));
    s.send(set('lastPosition', 0));
    s.send(press('pedalForward'));
    s.send(inject('lastSlipped'));
    s.send(inspect('centreLine'));
    expect(ctx(s).checks.centreLine).toBe(false);
    expect(statusKey(s)).toBe('status.toeGripOffLine');
    s.send(press('pedalBack'));
    s.send(set('lastPosition', 0));
    s.send(press('pedalForward'));
    s.send(inspect('centreLine'));
    expect(ctx(s).checks.centreLine).toBe(true);
    lastAndRelease(s);
    expect(ctx(s).lastResult?.outcome).toBe('good');
  });

  it('gripping off the line gives an off-centre toe, and it is graded when the last comes off', () => {
    const s = machineReady();
    s.send(press('placeLast'));
    s.send(press('pedalForward'));
    lastAndRelease(s);
    expect(ctx(s).lastResult).toMatchObject({ outcome: 'offCentre', offsetMm: 4 });
    s.send(press('removeLast'));
    expect(s.mistakes().map((m) => m.id)).toEqual(expect.arrayContaining(['gripOffLine', 'pullWithoutCentreCheck', 'offCentreToe']));
  });

  it('the previous job’s pull tears the upper; settings are locked under the pull', () => {
    const s = toeGripped(machineReady({ pull: 4.5 }));
    s.send(press('pedalForward'));
    expect(s.send(set('pull', 3.5))).toBe(false);
    expect(refusalKey(s, set('pull', 3.5))).toBe('refusal.settingsLocked');
    lastAndRelease(s);
    expect(ctx(s).lastResult?.outcome).toBe('torn');
  });

  it('hands into the pincers with the pump running is refused and critical', () => {
    const s = createSession(toeLasting);
    s.send(set('mainSwitch', 'on'));
    s.send(press('pumpStart'));
    expect(s.send(press('cleanPincers'))).toBe(false);
    expect(refusalKey(s, press('cleanPincers'))).toBe('refusal.stopPumpFirst');
    expect(s.mistakes().find((m) => m.id === 'handsInPincersLive')?.severity).toBe('critical');
  });

  it('the debrief names every toe and why', () => {
    const s = machineReady({ meltTemp: 150 });
    lastAndRelease(toeGripped(s));
    s.send(press('removeLast'));
    lastAndRelease(toeGripped(s));
    const lines = toeLasting.explainProcess?.(undefined, s.actor.getSnapshot()) ?? [];
    expect(lines.map((l) => l.key)).toEqual(['debrief.meltTooCold', 'debrief.meltTooCold']);
    expect(lines[1]?.params).toMatchObject({ n: 2 });
  });
});

const snapHazard = (s: ReturnType<typeof machineReady>) => s.actor.getSnapshot().hasTag('hazard');
