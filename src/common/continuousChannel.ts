import type { ContinuousRange } from '../engine/continuous.ts';
import type { ControlSpec, GladiEvent } from '../engine/machineModule.ts';
import type { Session } from '../engine/session.ts';
import { initialValue } from '../engine/continuousControls.ts';
import { createContinuousSampler } from './continuousSampler.ts';

/** Where a channel sends: the screen's session handle (a drill run's send, with the input's time). */
export interface ContinuousSink {
  readonly session: Session;
  send(event: GladiEvent, at?: number): boolean;
}

/**
 * One continuous control of one session, shared by every input that moves it (the panel slider,
 * a drag on the model, keys), so the rate bound holds per control, not per input.
 */
export interface ContinuousChannel {
  readonly range: ContinuousRange;
  /** The hand moved it to `raw` at `at` (the input event's timeStamp). */
  move(raw: number, at: number): void;
  /** The hand let go (a treadle springs back to rest at once; a knob stays). */
  release(at: number): void;
  /** The value the session holds now (`session.inputs()`: what was logged, also in a replay). */
  value(): number;
  /** The rounded value under the hand that is still waiting for its interval, or null. */
  pending(): number | null;
  /** Hears the hand's values and every change of the session. */
  subscribe(listener: () => void): () => void;
}

interface OpenChannel extends ContinuousChannel {
  sink: ContinuousSink;
}

const channels = new WeakMap<Session, Map<string, OpenChannel>>();

/** The channel of `control` in the sink's session (made on first use, then shared). */
export function continuousChannel(sink: ContinuousSink, control: ControlSpec): ContinuousChannel {
  const range = control.range;
  if (!range) throw new Error(`control ${control.id} has no range`);
  let bySession = channels.get(sink.session);
  if (!bySession) channels.set(sink.session, (bySession = new Map()));
  let channel = bySession.get(control.id);
  if (!channel) bySession.set(control.id, (channel = openChannel(sink, control.id, range)));
  channel.sink = sink;
  return channel;
}

function openChannel(sink: ContinuousSink, id: string, range: ContinuousRange): OpenChannel {
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  // A value sent while the session was paused was refused unlogged: it is owed, and sent on resume
  // (a treadle let go during a trainer's pause must still reach the session as a release).
  let owed = false;
  const adjust = (value: number): GladiEvent => ({ type: 'user.adjust', control: id, value });
  const sampler = createContinuousSampler({
    range,
    start: sink.session.inputs()[id] ?? initialValue(range),
    emit(value, at) {
      owed = channel.sink.session.paused() !== null;
      channel.sink.send(adjust(value), at);
    },
  });
  const settle = () => {
    const due = sampler.dueAt();
    if (due === null && timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (due !== null && timer === null) {
      // UI delivery only, not procedure logic: the value is the hand's, already decided; the timer
      // only hands it over once its interval is over, stamped with the real time it is sent (the
      // driver syncs the session clock to it, as for any input). Without it the last position of
      // a hand that stopped moving would wait for the next movement.
      timer = setTimeout(
        () => {
          timer = null;
          sampler.flush(performance.now());
          settle();
        },
        Math.max(0, due - performance.now()),
      );
    }
    listeners.forEach((l) => l());
  };
  const channel: OpenChannel = {
    sink,
    range,
    move(raw, at) {
      sampler.sync(channel.value());
      sampler.move(raw, at);
      settle();
    },
    release(at) {
      sampler.sync(channel.value());
      sampler.release(at);
      settle();
    },
    value: () => channel.sink.session.inputs()[id] ?? sampler.last(),
    pending: () => sampler.pending(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  sink.session.subscribe(() => {
    listeners.forEach((l) => l());
    if (!owed || channel.sink.session.paused() !== null) return;
    owed = false;
    // After the resume's own notification, not inside it.
    queueMicrotask(() => channel.sink.send(adjust(sampler.last()), performance.now()));
  });
  return channel;
}
