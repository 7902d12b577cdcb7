/**
 * The message protocol between the audience window (the projector: scene, step text) and the
 * presenter window (laptop: next step, notes, clock), over a BroadcastChannel. The audience
 * window owns the show; the presenter window sends commands and shows the state it hears.
 * Every message is validated on receipt: anything else on the channel is ignored, never trusted.
 */

/** Channel name; one show per browser profile. */
export const PRESENTER_CHANNEL = 'gladi-presenter';
export const PROTOCOL_VERSION = 1;

export const COMMANDS = ['next', 'prev', 'repeat', 'blank', 'timer', 'mistake', 'live', 'leave'] as const;
export type Command = (typeof COMMANDS)[number];

/** Where the show is: which machine of the playlist, which stop, and how it is shown. */
export interface ShowState {
  readonly machineIndex: number;
  readonly machineId: string;
  /** 0…stops (stops = the tour is over). */
  readonly position: number;
  readonly stops: number;
  readonly blank: boolean;
  readonly timer: boolean;
  readonly live: boolean;
}

export type PresenterMessage =
  | { readonly v: typeof PROTOCOL_VERSION; readonly type: 'state'; readonly state: ShowState }
  | { readonly v: typeof PROTOCOL_VERSION; readonly type: 'command'; readonly command: Command }
  /** A presenter window that just opened asks for the state. */
  | { readonly v: typeof PROTOCOL_VERSION; readonly type: 'hello' };

/** Longest machine id a message may carry (ids are short kebab-case). */
const ID_MAX = 64;
/** Largest stop count or playlist index a message may carry. */
const COUNT_MAX = 10_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= COUNT_MAX;
const isCommand = (v: unknown): v is Command => (COMMANDS as readonly unknown[]).includes(v);

function parseState(v: unknown): ShowState | null {
  if (!isRecord(v)) return null;
  const { machineIndex, machineId, position, stops, blank, timer, live } = v;
  if (!isCount(machineIndex) || !isCount(position) || !isCount(stops) || position > stops) return null;
  if (typeof machineId !== 'string' || !/^[a-z0-9-]{1,64}$/.test(machineId) || machineId.length > ID_MAX) return null;
  if (typeof blank !== 'boolean' || typeof timer !== 'boolean' || typeof live !== 'boolean') return null;
  return { machineIndex, machineId, position, stops, blank, timer, live };
}

/** The message, if `data` is a well-formed one of this protocol version; null otherwise. */
export function parseMessage(data: unknown): PresenterMessage | null {
  if (!isRecord(data) || data.v !== PROTOCOL_VERSION) return null;
  if (data.type === 'hello') return { v: PROTOCOL_VERSION, type: 'hello' };
  if (data.type === 'command') return isCommand(data.command) ? { v: PROTOCOL_VERSION, type: 'command', command: data.command } : null;
  if (data.type === 'state') {
    const state = parseState(data.state);
    return state ? { v: PROTOCOL_VERSION, type: 'state', state } : null;
  }
  return null;
}

export const stateMessage = (state: ShowState): PresenterMessage => ({ v: PROTOCOL_VERSION, type: 'state', state });
export const commandMessage = (command: Command): PresenterMessage => ({ v: PROTOCOL_VERSION, type: 'command', command });
export const helloMessage = (): PresenterMessage => ({ v: PROTOCOL_VERSION, type: 'hello' });
