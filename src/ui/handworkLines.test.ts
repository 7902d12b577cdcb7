import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { MachineModule, StatusLine } from '../engine/machineModule.ts';
import { createSession } from '../engine/session.ts';
import { handworkLines } from './handworkLines.ts';

const line: StatusLine = { key: 'status', tone: 'info' };
const plain: MachineModule = {
  id: 'test-plain',
  version: '1',
  machine: createMachine({ id: 'plain' }),
  controls: [],
  modelUrl: '',
  animatedNodes: [],
  faults: [],
  procedure: { steps: [], order: [] },
  mistakes: { specs: [], detect: () => [] },
  messages: { id: {}, en: {} },
  readControl: () => undefined,
  status: () => line,
  exploration: { events: [], key: () => '' },
  refusal: () => line,
};
const skive = { widthMm: 9.5 };
// Object.assign keeps these assignable to MachineModule whatever type the engine gives explainProcess.
const explaining = Object.assign({}, plain, {
  explainProcess: (state: unknown): readonly StatusLine[] => [
    { key: 'explain.width', tone: 'ok', params: { mm: state === skive ? skive.widthMm : -1 } },
    { key: 'explain.cut', tone: 'danger' },
  ],
});

describe('handworkLines', () => {
  it('is empty for a machine or a session without a process', () => {
    const session = createSession(plain);
    expect(handworkLines(plain, session, session.actor.getSnapshot())).toEqual([]);
    expect(handworkLines(explaining, session, session.actor.getSnapshot())).toEqual([]);
    const withProcess = Object.assign({}, session, { process: () => skive });
    expect(handworkLines(plain, withProcess, session.actor.getSnapshot())).toEqual([]);
  });

  it("gives the machine's lines about the session's process state", () => {
    const session = createSession(explaining);
    const withProcess = Object.assign({}, session, { process: () => skive });
    expect(handworkLines(explaining, withProcess, session.actor.getSnapshot())).toEqual([
      { key: 'explain.width', tone: 'ok', params: { mm: 9.5 } },
      { key: 'explain.cut', tone: 'danger' },
    ]);
  });

  it('drops what is not a status line', () => {
    const session = Object.assign({}, createSession(plain), { process: () => skive });
    const odd = Object.assign({}, plain, { explainProcess: () => [{ key: 'ok', tone: 'ok' }, { key: 3, tone: 'ok' }, { key: 'x', tone: 'loud' }, { key: 'p', tone: 'info', params: { a: {} } }, null] });
    expect(handworkLines(odd, session, session.actor.getSnapshot())).toEqual([{ key: 'ok', tone: 'ok' }]);
  });
});
