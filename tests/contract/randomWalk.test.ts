import { describe, expect, it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';
import { moduleEvents } from '../../src/engine/exploration.ts';
import { pick, seededRandom } from '../../src/engine/random.ts';
import { createSession } from '../../src/engine/session.ts';
import { TAGS } from '../../src/engine/machineModule.ts';

const WALKS = 200;
const STEPS = 120;

describe.each(machineModules.map((m) => [m.id, m] as const))('random walks with every event: %s', (_id, m) => {
  it('a latched e-stop holds until released: no hazard, whatever is sent or however long it waits', () => {
    const events = moduleEvents(m);
    for (let walk = 0; walk < WALKS; walk++) {
      const rand = seededRandom(1000 + walk);
      const s = createSession(m);
      let latched = false;
      for (let i = 0; i < STEPS; i++) {
        if (rand() < 0.15) s.advance(Math.floor(rand() * 5000));
        else {
          const e = pick(rand, events);
          s.send(e);
          if (e.type === 'user.press' && e.control === 'estop') latched = true;
          if (e.type === 'user.release' && e.control === 'estop') latched = false;
        }
        const snap = s.actor.getSnapshot();
        if (latched) {
          expect(snap.hasTag(TAGS.estop), `walk ${walk} step ${i}`).toBe(true);
          expect(snap.hasTag(TAGS.hazard), `walk ${walk} step ${i}`).toBe(false);
        }
      }
      s.stop();
    }
  });
});
