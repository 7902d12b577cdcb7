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
const explaining: MachineModule = {
  ...plain,
  explainProcess: (state) => [
    { key: 'explain.width', tone: 'ok', params: { mm: state === skive ? skive.widthMm : -1 } },
    { key: 'explain.cut', tone: 'danger' },
  ],
};

describe('handworkLines', () => {
  it('is empty for a machine that does not explain a process', () => {
    const session = createSession(plain);
    expect(handworkLines(plain, session, session.actor.getSnapshot())).toEqual([]);
  });

  it("gives the machine's lines about the session's process state", () => {
    const session = Object.assign({}, createSession(explaining), { process: () => skive });
    expect(handworkLines(explaining, session, session.actor.getSnapshot())).toEqual([
      { key: 'explain.width', tone: 'ok', params: { mm: 9.5 } },
      { key: 'explain.cut', tone: 'danger' },
    ]);
  });
});
