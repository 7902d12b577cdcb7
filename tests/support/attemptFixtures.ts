import type { MachineModule } from '../../src/engine/machineModule.ts';
import { toRecord } from '../../src/engine/recordFormat.ts';
import { recordResults } from '../../src/engine/recordResults.ts';
import type { Session } from '../../src/engine/session.ts';
import { drillFingerprint } from '../../src/scenarios/drillFingerprint.ts';
import { playRun } from '../../src/scenarios/playRun.ts';
import type { Drill, RunItem } from '../../src/scenarios/types.ts';
import type { Attempt, AttemptStatus } from '../../src/records/attempt.ts';

/** Test support: attempts made the way the app makes them (a session's record, wrapped). */

const STARTED = Date.parse('2026-12-02T01:00:00.000Z');
let serial = 0;

/** A UUID-shaped id, different for every attempt a test makes (tests need no randomness). */
export function testUuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `0b5e55ed-0000-4000-8000-${hex}`;
}

export function attemptOf(session: Session, learnerId: string, trainee: string, options: { drill?: Drill; run?: Parameters<typeof recordResults>[1]; status?: AttemptStatus; deviceId?: string } = {}): Attempt {
  const n = ++serial;
  const startedAt = new Date(STARTED + n * 3_600_000).toISOString();
  const updatedAt = new Date(STARTED + n * 3_600_000 + session.clock.now()).toISOString();
  const drill = options.drill ? { id: options.drill.id, fingerprint: drillFingerprint(options.drill) } : undefined;
  return {
    id: testUuid(n),
    learnerId,
    machineId: session.module.id,
    status: options.status ?? 'finished',
    startedAt,
    updatedAt,
    deviceId: options.deviceId ?? 'device-a',
    record: toRecord(session.log(), recordResults(session, options.run), trainee, updatedAt, drill),
  };
}

/** A drill played by a recorded run (its golden run by default), as an attempt. */
export function drillAttempt(machine: MachineModule, drill: Drill, learnerId: string, trainee: string, items: readonly RunItem[] = drill.golden, deviceId?: string): Attempt {
  const { run } = playRun(machine, drill, items);
  try {
    return attemptOf(run.session, learnerId, trainee, { drill, run, ...(deviceId ? { deviceId } : {}) });
  } finally {
    run.session.stop();
  }
}
