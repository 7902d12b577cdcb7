import type { AnyMachineSnapshot, StateValue } from 'xstate';
import type { StatusLine, Tone } from './machineModule.ts';

/** A status line for a machine's `status`/`refusal`: a message key, its tone, and parameters when it has any. */
export const statusLine = (key: string, tone: Tone = 'info', params?: StatusLine['params']): StatusLine => (params ? { key, tone, params } : { key, tone });

/** 'press.powered.ready' → { press: { powered: 'ready' } }: a dotted state path as the value `matches` takes. */
export function stateValue(path: string): StateValue {
  const parts = path.split('.');
  let v: StateValue = parts.pop() ?? '';
  while (parts.length) v = { [parts.pop() as string]: v };
  return v;
}

/** Is the chart in the state at this dotted path (any region, any depth)? */
export const inState = (s: AnyMachineSnapshot, path: string): boolean => s.matches(stateValue(path) as never);
