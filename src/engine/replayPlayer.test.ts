import { describe, expect, it } from 'vitest';
import { testPress } from '../../tests/support/fixtures/testPress/index.ts';
import { followHints } from './contract/hintFollower.ts';
import { ReplayPlayer } from './replayPlayer.ts';
import { replayLog } from './replay.ts';

describe('ReplayPlayer', () => {
  const live = followHints(testPress, 'free');
  const log = live.log();

  it('playing to the end reaches the live final state', () => {
    const p = new ReplayPlayer(testPress, log);
    for (let t = 0; t <= log.endT; t += 97) p.seek(t);
    p.seek(log.endT);
    expect(p.session.actor.getSnapshot().value).toEqual(live.actor.getSnapshot().value);
    expect(p.session.log().entries).toEqual(log.entries);
  });

  it('seeking back and forth is the same as replaying to that point', () => {
    const p = new ReplayPlayer(testPress, log);
    p.seek(log.endT);
    const mid = log.entries[Math.floor(log.entries.length / 2)]!.t;
    p.seek(mid);
    const fresh = new ReplayPlayer(testPress, log);
    fresh.seek(mid);
    expect(p.session.actor.getSnapshot().value).toEqual(fresh.session.actor.getSnapshot().value);
    expect(p.position).toBe(fresh.position);
  });

  it('steps one recorded action at a time', () => {
    const p = new ReplayPlayer(testPress, log);
    p.stepForward();
    expect(p.position).toBe(1);
    p.stepForward();
    p.stepForward();
    expect(p.position).toBe(3);
    p.stepBack();
    expect(p.position).toBe(2);
    expect(p.session.log().entries).toEqual(log.entries.slice(0, 2));
    expect(replayLog(testPress, log).actor.getSnapshot().value).toEqual(live.actor.getSnapshot().value);
  });
});
