import { useEffect, useRef, useState } from 'react';
import { commandMessage, helloMessage, parseMessage, PRESENTER_CHANNEL, stateMessage, type Command, type ShowState } from '../../presenter/protocol.ts';

const hasChannel = () => typeof BroadcastChannel !== 'undefined';

/**
 * The audience window's side: tells every presenter window the show's state (whenever it changes,
 * and to a window that says hello) and takes their commands. Messages are validated on receipt.
 */
export function useAudienceChannel(state: ShowState | null, onCommand: (c: Command) => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ state, onCommand });
  useEffect(() => {
    latest.current = { state, onCommand };
  });
  useEffect(() => {
    if (!hasChannel()) return;
    const c = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = c;
    c.onmessage = (e: MessageEvent) => {
      const m = parseMessage(e.data);
      if (m?.type === 'command') latest.current.onCommand(m.command);
      else if (m?.type === 'hello' && latest.current.state) c.postMessage(stateMessage(latest.current.state));
    };
    return () => {
      c.close();
      channel.current = null;
    };
  }, []);
  const json = state ? JSON.stringify(state) : '';
  useEffect(() => {
    if (state && channel.current) channel.current.postMessage(stateMessage(state));
    // Posted when the state's content changes, not on every render.
  }, [json]);
}

/** The presenter window's side: the state it last heard (null until the projector answers) and a way to send commands. */
export function usePresenterChannel(): { available: boolean; state: ShowState | null; send: (c: Command) => void } {
  const [state, setState] = useState<ShowState | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (!hasChannel()) return;
    const c = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = c;
    c.onmessage = (e: MessageEvent) => {
      const m = parseMessage(e.data);
      if (m?.type === 'state') setState(m.state);
    };
    c.postMessage(helloMessage());
    return () => {
      c.close();
      channel.current = null;
    };
  }, []);
  return { available: hasChannel(), state, send: (command) => channel.current?.postMessage(commandMessage(command)) };
}
