import type { MachineModule } from '../engine/machineModule.ts';
import type { SessionRecord } from '../engine/recordFormat.ts';
import type { Drill } from '../scenarios/types.ts';

/**
 * The trainer's own drill a running attempt was made in, rebuilt from the file its record carries
 * (checked like any opened drill file). Null when it cannot be: no file, a problem in it, or the
 * checker's code not reachable (offline before it was ever loaded).
 */
export async function carriedDrill(record: SessionRecord, module: MachineModule): Promise<Drill | null> {
  if (!record.drillFile) return null;
  try {
    // The check (and zod, without eval under the CSP) loads only now: the machine screen has no zod.
    await import('../engine/zodWithoutEval.ts');
    const { recordDrill } = await import('../records/recordDrill.ts');
    return recordDrill('(running attempt)', record, module, []).drill ?? null;
  } catch (error) {
    console.warn('gladi: the drill of the running attempt could not be rebuilt', error);
    return null;
  }
}
