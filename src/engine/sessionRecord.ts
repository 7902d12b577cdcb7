import { z } from 'zod';
import type { MachineModule } from './machineModule.ts';
import { MODES, PAUSE_REASONS } from './session.ts';

import { RECORD_FORMAT, RECORD_VERSION, type SessionRecord } from './recordFormat.ts';

export { RECORD_FORMAT, RECORD_VERSION, toRecord, type SessionRecord } from './recordFormat.ts';

const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user.press'), control: z.string().min(1) }).strict(),
  z.object({ type: z.literal('user.release'), control: z.string().min(1) }).strict(),
  z.object({ type: z.literal('user.set'), control: z.string().min(1), value: z.string() }).strict(),
  z.object({ type: z.literal('user.inspect'), control: z.string().min(1) }).strict(),
  z.object({ type: z.literal('fault.inject'), fault: z.string().min(1) }).strict(),
]);
const time = z.number().finite().nonnegative();
const entrySchema = z.discriminatedUnion('kind', [
  z.object({ t: time, kind: z.literal('event'), event: eventSchema, accepted: z.boolean(), by: z.enum(['trainee', 'trainer', 'scenario']) }).strict(),
  z.object({ t: time, kind: z.literal('hint') }).strict(),
  z.object({ t: time, kind: z.literal('skip'), ms: time }).strict(),
  z.object({ t: time, kind: z.literal('pause'), reason: z.enum(PAUSE_REASONS as [string, ...string[]]) }).strict(),
  z.object({ t: time, kind: z.literal('resume'), pausedMs: time }).strict(),
  z.object({ t: time, kind: z.literal('end') }).strict(),
]);

export const recordSchema = z
  .object({
    format: z.literal(RECORD_FORMAT),
    version: z.literal(RECORD_VERSION),
    trainee: z.string().max(80),
    savedAt: z.string().max(40),
    scenario: z.string().max(80).optional(),
    log: z
      .object({
        machineId: z.string().min(1),
        machineVersion: z.string().min(1),
        mode: z.enum(MODES as [string, ...string[]]),
        entries: z.array(entrySchema).max(20_000),
        endT: time,
        timeLimitMs: time.optional(),
        passMark: z.number().min(0).max(100).optional(),
        weights: z
          .object({
            severity: z.object({ critical: time.optional(), major: time.optional(), minor: time.optional() }).strict().optional(),
            mistake: z.record(z.string(), time).optional(),
          })
          .strict()
          .optional(),
        scenario: z.string().max(80).optional(),
      })
      .strict(),
  })
  .strict();

/** The schema and the record type must describe the same thing. */
const _sameShape: SessionRecord extends Omit<z.infer<typeof recordSchema>, 'log'> ? true : false = true;
void _sameShape;

export type ParsedRecord = { ok: true; record: SessionRecord } | { ok: false; problems: string[] };

/**
 * Reads a record file. Every problem names the file and the field; a damaged or foreign file is
 * refused whole. Cross-checks against the machine: it must exist, and every control it names.
 */
export function parseRecord(fileName: string, text: string, machines: readonly MachineModule[]): ParsedRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`${fileName}: (file): not valid JSON (${(e as Error).message})`] };
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format !== RECORD_FORMAT) {
    return { ok: false, problems: [`${fileName}: format: not a Gladi session record (expected "${RECORD_FORMAT}")`] };
  }
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${fileName}: ${i.path.join('.') || '(root)'}: ${i.message}`) };
  }
  const record = parsed.data as SessionRecord;
  const machine = machines.find((m) => m.id === record.log.machineId);
  if (!machine) return { ok: false, problems: [`${fileName}: log.machineId: unknown machine "${record.log.machineId}"`] };
  const problems: string[] = [];
  const controls = new Set(machine.controls.map((c) => c.id));
  const faults = new Set(machine.faults.map((f) => f.id));
  let last = 0;
  record.log.entries.forEach((e, i) => {
    if (e.t < last) problems.push(`${fileName}: log.entries.${i}.t: time goes backwards (${e.t} < ${last})`);
    last = Math.max(last, e.t);
    if (e.kind !== 'event') return;
    const ev = e.event;
    if ('control' in ev && !controls.has(ev.control)) problems.push(`${fileName}: log.entries.${i}.event.control: unknown control "${ev.control}" on ${machine.id}`);
    if (ev.type === 'fault.inject' && !faults.has(ev.fault)) problems.push(`${fileName}: log.entries.${i}.event.fault: unknown fault "${ev.fault}" on ${machine.id}`);
  });
  if (record.log.endT < last) problems.push(`${fileName}: log.endT: ends before its last entry`);
  return problems.length ? { ok: false, problems } : { ok: true, record };
}
