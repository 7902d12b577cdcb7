import { describe, expect, it } from 'vitest';
import { moduleEvents } from '../../engine/exploration.ts';
import { eventKey } from '../../engine/machineModule.ts';
import { SET_VALUES } from './chart/setValues.ts';
import { heatSetterControls, heatSetterFaults } from './controls.ts';
import { keepRepresentative } from './exploration.ts';
import { createActor } from 'xstate';
import { heatSetterMachine } from './machine.ts';

describe('heat setter controls', () => {
  const events = moduleEvents({ controls: heatSetterControls, faults: heatSetterFaults });

  it('every selector offers exactly the values the chart accepts', () => {
    for (const c of heatSetterControls.filter((c) => c.kind === 'selector')) {
      const values = c.events.map((e) => (e.type === 'user.set' ? e.value : ''));
      expect(values, c.id).toEqual(SET_VALUES[c.id]);
    }
  });

  it('every control event is accepted by the chart in some reachable situation (none is dead)', () => {
    // From a running line at the ticket, with a fault for the repairs; a few need their own lead-in.
    const a = createActor(heatSetterMachine);
    a.start();
    const can = new Set<string>();
    const note = () => events.forEach((e) => a.getSnapshot().can(e) && can.add(eventKey(e)));
    note();
    for (const e of [
      { type: 'user.set', control: 'isolator', value: 'on' },
      { type: 'user.set', control: 'fan', value: 'on' },
      { type: 'user.press', control: 'conveyorStart' },
      { type: 'fault.inject', fault: 'overTemp' },
      { type: 'fault.inject', fault: 'fanFailure' },
      { type: 'fault.inject', fault: 'exitJam' },
      { type: 'user.press', control: 'estop' },
      { type: 'user.press', control: 'pullCord' },
    ] as const) {
      a.send(e);
      note();
    }
    const never = events.filter((e) => !can.has(eventKey(e))).map(eventKey);
    // These need a shoe on the line, a verdict, a finished defrost or a second latch: covered by the machine and exploration tests.
    expect(never.sort()).toEqual(
      ['delast', 'drain', 'unloadShoe', 'reset'].map((control) => eventKey({ type: 'user.press', control })).concat(eventKey({ type: 'user.inspect', control: 'shape' })).sort(),
    );
  });

  it('the exploration keeps one value per process setting, and every other event', () => {
    const kept = keepRepresentative(events);
    expect(kept.filter((e) => e.type === 'user.set' && e.control === 'heatTemp')).toEqual([{ type: 'user.set', control: 'heatTemp', value: '100' }]);
    expect(kept.some((e) => e.type === 'user.press' && e.control === 'pullCord')).toBe(true);
  });
});
