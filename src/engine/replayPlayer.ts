import type { MachineModule } from './machineModule.ts';
import { applyEntry, replayLog } from './replay.ts';
import type { Session, SessionLog } from './session.ts';

/**
 * Plays a recorded log back at a time position: forward play applies entries and timers as the
 * clock passes them; seeking backwards rebuilds from the start (a session cannot be copied; the
 * longest record an hour makes replays in well under a second). The session it exposes is what
 * the 3D view and panel show. Give it a checked log (records/sessionRecord.ts) or one this app made.
 */
export class ReplayPlayer {
  private current: Session;
  private applied = 0;

  constructor(
    private readonly module: MachineModule,
    readonly log: SessionLog,
  ) {
    this.current = replayLog(module, log, 0);
  }

  get session(): Session {
    return this.current;
  }
  get time(): number {
    return this.current.clock.now();
  }
  get duration(): number {
    return this.log.endT;
  }
  /** Number of log entries already applied. */
  get position(): number {
    return this.applied;
  }

  /** Moves to time `t` (ms), applying every entry recorded up to and including `t`. */
  seek(t: number): void {
    const target = Math.max(0, Math.min(t, this.log.endT));
    if (target < this.current.clock.now()) this.rewind();
    while (this.applied < this.log.entries.length && (this.log.entries[this.applied]?.t ?? Infinity) <= target) this.applyNext();
    this.current.advanceTo(target);
  }

  /** Applies exactly one more recorded entry (one action). */
  stepForward(): void {
    if (this.applied < this.log.entries.length) this.applyNext();
  }

  /** Goes back exactly one recorded entry. */
  stepBack(): void {
    const keep = Math.max(0, this.applied - 1);
    this.rewind();
    while (this.applied < keep) this.applyNext();
  }

  private rewind(): void {
    this.current.stop();
    this.current = replayLog(this.module, this.log, 0);
    this.applied = 0;
  }

  private applyNext(): void {
    const e = this.log.entries[this.applied];
    if (!e) return;
    applyEntry(this.current, e);
    this.applied++;
  }
}
