import { describe, expect, it } from 'vitest';
import { machinesToUpdate, readKept, writeKept } from './keptMachines.ts';
import type { MachineStorage } from './offlineFiles.ts';

const memory = (initial: string | null = null) => {
  let value = initial;
  return { getItem: () => value, setItem: (_: string, v: string) => void (value = v) };
};
const storage = (id: string, stored: boolean): [string, MachineStorage] => [id, { id, stored, storedBytes: stored ? 10 : 4, missingBytes: stored ? 0 : 6, totalBytes: 10 }];

describe('machines kept on the device', () => {
  it('adds and removes ids, and reads them back', () => {
    const s = memory();
    writeKept({ add: ['a', 'b'] }, s);
    expect([...readKept(s)]).toEqual(['a', 'b']);
    writeKept({ remove: 'a' }, s);
    expect([...readKept(s)]).toEqual(['b']);
  });
  it('reads a corrupted or foreign value as nothing kept, and a refusing storage keeps going', () => {
    for (const bad of ['{', '"a"', '{"a":1}', '[1,null,"ok"]']) expect([...readKept(memory(bad))]).toEqual(bad.includes('ok') ? ['ok'] : []);
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect([...writeKept({ add: ['a'] }, refusing)]).toEqual(['a']);
    expect(readKept(null).size).toBe(0);
  });
  it('updates only kept machines whose files changed, not machines never downloaded', () => {
    const now = new Map([storage('kept-old', false), storage('kept-new', true), storage('never', false)]);
    expect(machinesToUpdate(new Set(['kept-old', 'kept-new', 'gone-from-build']), now)).toEqual(['kept-old']);
  });
});
