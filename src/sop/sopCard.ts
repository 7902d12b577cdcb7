import type { GladiEvent } from '../engine/gladiEvent.ts';
import type { MachineModule, StatusLine } from '../engine/machineModule.ts';
import { applyEntry } from '../engine/replay.ts';
import { createSession, type LogEntry, type Session } from '../engine/session.ts';
import { startAtStep } from '../engine/startAtStep.ts';
import { buildTour, sessionAt, type Tour } from '../presenter/tour.ts';

/**
 * A machine's SOP card (kartu SOP) as data, derived from what the machine already provides: its
 * procedure (the steps in order, followed by their own hints as the presenter's golden run does),
 * its controls and glTF nodes (the part each step uses), its settings steps (the work ticket),
 * its critical mistakes (what never to do) and its faults (injected into the golden run to read
 * what the machine then tells the artisan to do). Nothing here is written per machine, so the card
 * never drifts from the simulator. Texts are message keys of the machine's catalogue, resolved by
 * the view in the reader's language.
 */
export interface SopCard {
  readonly machineId: string;
  readonly steps: readonly SopStep[];
  /** The settings steps (work ticket), in procedure order. */
  readonly ticket: readonly SopSetting[];
  /** Critical mistakes: what never to do (`mistake.<id>`, with `.why` / `.instead` where the machine has them). */
  readonly never: readonly string[];
  readonly faults: readonly SopFault[];
  /** The e-stop control's id, if the machine has one (every machine does, by the safety contract). */
  readonly estop: string | null;
}

export interface SopStep {
  readonly id: string;
  /** 1-based position in the procedure. */
  readonly n: number;
  /** Steps that may be done in any order share a group. */
  readonly group: string | null;
  /** The control the golden run operates to finish the step, and its glTF node (the step's picture). */
  readonly control: string | null;
  readonly node: string | null;
  /** The step is done by the same action as these (the QR opens where they begin). */
  readonly with: readonly string[];
  /** The untouched machine already satisfies it (a setting at its default). */
  readonly alreadyDone: boolean;
  /** Whether `?step=<id>` starts guided practice at this step. */
  readonly practisable: boolean;
}

export interface SopSetting {
  readonly step: string;
  /** The setting actions of the golden run for this step (log events), last one per control. */
  readonly events: readonly LogEntry[];
}

export interface SopFault {
  readonly id: string;
  /** What the machine says once the fault shows (a warn or danger status line), if the golden run reaches one. */
  readonly status: StatusLine | null;
  /** Controls the guided hints then point at (the way out), in order, at most a few. */
  readonly actions: readonly string[];
}

/** Most actions followed after a fault to see it show and where the hints lead. */
const FAULT_FOLLOW_ACTIONS = 40;
/** Most recovery controls listed per fault. */
const FAULT_ACTIONS_MAX = 3;

export function buildSopCard(module: MachineModule, tour: Tour = buildTour(module)): SopCard {
  const steps = module.procedure.steps.map((spec, i): SopStep => {
    const stop = tour.steps.find((st) => st.stepIds.includes(spec.id));
    const control = stop ? lastControlOf(tour.entries.slice(stop.startEntry, stop.endEntry)) : null;
    const start = startAtStep(module, spec.id);
    return {
      id: spec.id,
      n: i + 1,
      group: spec.group ?? null,
      control,
      node: (control && module.controls.find((c) => c.id === control)?.node) ?? null,
      with: start.ok ? (start.with ?? []) : [],
      alreadyDone: start.ok ? Boolean(start.alreadyDone) : false,
      practisable: start.ok,
    };
  });
  const kindOf = new Map(module.controls.map((c) => [c.id, c.kind]));
  const turned = (control: string) => kindOf.get(control) === 'selector' || kindOf.get(control) === 'continuous';
  const ticket = module.procedure.steps
    .filter((spec) => spec.liveUntil !== undefined)
    .flatMap((spec): SopSetting[] => {
      const stop = tour.steps.find((st) => st.stepIds.includes(spec.id));
      if (!stop) return [{ step: spec.id, events: [] }];
      const controls = stop.controls;
      // A setting is turned on the machine's own selectors and knobs, after any precondition by hand
      // (swing the arm aside); a step that goes on with the work in hand (a trial piece) is no ticket line.
      const first = controls.findIndex(turned);
      if (first < 0 || controls.slice(first).some((c) => !turned(c))) return [];
      const last = new Map<string, LogEntry>();
      for (const e of tour.entries.slice(stop.startEntry, stop.endEntry))
        if (e.kind === 'event' && (e.event.type === 'user.set' || e.event.type === 'user.adjust') && turned(e.event.control)) last.set(e.event.control, e);
      return [{ step: spec.id, events: [...last.values()] }];
    });
  const never = module.mistakes.specs.filter((m) => m.severity === 'critical').map((m) => m.id);
  const normal = goldenStatusKeys(module, tour);
  const faults = module.faults.map((f) => faultOnCard(module, tour, normal, f.id, f.event));
  const estop = module.controls.find((c) => c.kind === 'estop')?.id ?? null;
  return { machineId: module.id, steps, ticket, never, faults, estop };
}

function lastControlOf(entries: readonly LogEntry[]): string | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.kind === 'event' && 'control' in e.event) return e.event.control;
  }
  return null;
}

/** Every status line the golden run shows: what the machine says when nothing is wrong. */
function goldenStatusKeys(module: MachineModule, tour: Tour): Set<string> {
  const s = createSession(module, 'guided');
  const keys = new Set([module.status(s.actor.getSnapshot()).key]);
  const off = s.subscribe(() => keys.add(module.status(s.actor.getSnapshot()).key));
  for (const e of tour.entries) applyEntry(s, e);
  off();
  s.stop();
  return keys;
}
const held = (s: Session, e: GladiEvent) => e.type === 'user.adjust' && s.inputs()[e.control] === e.value;

/**
 * Injects the fault into the golden run at the start of each stop in turn (the first where the
 * chart takes it and it shows), then goes on as the guided hints say. The symptom is the first
 * warning or danger line the golden run never shows, read before any way out is taken; the way out is what
 * the hints point at that the golden run never uses (report, repair, empty…), in order.
 */
function faultOnCard(module: MachineModule, tour: Tour, normal: ReadonlySet<string>, id: string, event: GladiEvent): SopFault {
  const used = new Set(tour.entries.flatMap((e) => (e.kind === 'event' && 'control' in e.event ? [e.event.control] : [])));
  for (let p = 0; p < tour.steps.length; p++) {
    const s = sessionAt(module, tour, p);
    try {
      if (!s.actor.getSnapshot().can(event)) continue;
      s.send(event, 'trainer');
      const found = followFault(module, s, normal, used);
      if (found.status || found.actions.length) return { id, ...found };
    } finally {
      s.stop();
    }
  }
  return { id, status: null, actions: [] };
}

function followFault(module: MachineModule, s: Session, normal: ReadonlySet<string>, used: ReadonlySet<string>): { status: StatusLine | null; actions: string[] } {
  const stepMs = module.process?.stepMs ?? 0;
  let status: StatusLine | null = null;
  const actions: string[] = [];
  for (let i = 0; i < FAULT_FOLLOW_ACTIONS && s.outcome().status === 'running' && actions.length < FAULT_ACTIONS_MAX; i++) {
    const line = module.status(s.actor.getSnapshot());
    if (!status && actions.length === 0 && !normal.has(line.key) && (line.tone === 'warn' || line.tone === 'danger')) status = line;
    const hints = s.hints();
    const next = hints.find((e) => !held(s, e));
    if (next && 'control' in next && !used.has(next.control) && !actions.includes(next.control)) actions.push(next.control);
    // Seen the symptom and the hints went back to the procedure: nothing more to learn.
    if (status && actions.length > 0 && next && 'control' in next && used.has(next.control)) break;
    if (next) s.send(next);
    else if (hints.length > 0 && s.processActive()) s.advance(stepMs * 10);
    else if (s.pendingWait() !== null) s.skipWait();
    else break;
  }
  return { status, actions };
}
