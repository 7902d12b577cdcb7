import { getNextSnapshot, type AnyMachineSnapshot } from 'xstate';
import type { GladiEvent, MachineModule } from '../engine/machineModule.ts';
import { eventKey } from '../engine/machineModule.ts';
import type { Severity } from '../engine/mistakes.ts';

/**
 * What "show the mistake" does at a tour stop, picked from the machine's own data:
 * - `mistake`: the wrong action the machine's mistake rules grade worst from this state (the
 *   coach card explains it; if the chart refuses it, the refusal line says why);
 * - `fault`: else a fault the chart takes now (`fault.inject`), so the room sees what goes wrong;
 * - `refused`: else an action the chart refuses now, with its refusal line.
 */
export type StopMistake =
  | { readonly kind: 'mistake'; readonly event: GladiEvent; readonly mistake: string; readonly severity: Severity }
  | { readonly kind: 'fault'; readonly event: GladiEvent; readonly fault: string }
  | { readonly kind: 'refused'; readonly event: GladiEvent };

const RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/** The typical wrong action or fault for the state `snapshot` of `module`, or null when it has none. */
export function pickMistake(module: MachineModule, snapshot: AnyMachineSnapshot): StopMistake | null {
  const severity = new Map(module.mistakes.specs.map((m) => [m.id, m.severity]));
  let best: Extract<StopMistake, { kind: 'mistake' }> | null = null;
  let refused: GladiEvent | null = null;
  for (const event of operatorEvents(module)) {
    // A continuous value is the hand's work, not a wrong press: its mistakes come from the process.
    if (event.type === 'user.adjust') continue;
    const accepted = snapshot.can(event);
    // The state the action would lead to, computed without running anything (no timers start).
    const after = accepted ? getNextSnapshot(module.machine, snapshot, event) : snapshot;
    for (const id of module.mistakes.detect({ before: snapshot, after, event, accepted })) {
      const sev = severity.get(id);
      if (sev && (!best || RANK[sev] < RANK[best.severity])) best = { kind: 'mistake', event, mistake: id, severity: sev };
    }
    if (!accepted && !refused) refused = event;
  }
  if (best) return best;
  const fault = module.faults.find((f) => snapshot.can(f.event));
  if (fault) return { kind: 'fault', event: fault.event, fault: fault.id };
  return refused ? { kind: 'refused', event: refused } : null;
}

/** Every event a control can send, once each, in control order (faults are not the operator's). */
function operatorEvents(module: MachineModule): GladiEvent[] {
  const seen = new Set<string>();
  const out: GladiEvent[] = [];
  for (const c of module.controls) {
    for (const e of c.events) {
      const k = eventKey(e);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(e);
      }
    }
  }
  return out;
}
