import type { Session } from '../session.ts';
import type { Driveable } from './realTimeDriver.ts';

/** A plain practice session seen as something real time can drive. */
export function sessionDriveable(session: Session): Driveable {
  return {
    session,
    send: (e, by) => session.send(e, by),
    advance: (ms) => session.advance(ms),
    skipWait: () => session.skipWait(),
    pendingWait: () => session.pendingWait(),
    canSkip: () => session.canSkip(),
    deadlineIn: () => session.deadlineIn(),
    deadlines: () => {
      const left = session.deadlineIn();
      return left === null ? [] : [{ kind: 'exam', at: session.clock.now() + left }];
    },
    hints: () => session.hints(),
    requestHint: () => session.requestHint(),
    pause: (reason) => session.pause(reason),
    resume: (ms) => session.resume(ms),
    end: () => session.end(),
  };
}
