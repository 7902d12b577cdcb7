import { describe, expect, it } from 'vitest';
import { readViewChoice, saveViewChoice, VIEW_CHOICE_KEY } from './viewChoice.ts';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};
const broken = { getItem: (): string | null => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };

describe('the view choice kept per device', () => {
  it('keeps 2d or 3d and reads it back', () => {
    const s = memory();
    expect(readViewChoice(s)).toBeNull();
    expect(saveViewChoice('2d', s)).toBe(true);
    expect(readViewChoice(s)).toBe('2d');
    saveViewChoice('3d', s);
    expect(s.data.get(VIEW_CHOICE_KEY)).toBe('3d');
  });

  it.each(['', '2D', 'webgl', ' 2d', '{"v":"2d"}', 'null'])('ignores a stored value it does not know (%j)', (v) => {
    expect(readViewChoice(memory({ [VIEW_CHOICE_KEY]: v }))).toBeNull();
  });

  it('a browser without (working) storage does not remember, and nothing throws', () => {
    expect(readViewChoice(null)).toBeNull();
    expect(readViewChoice(broken)).toBeNull();
    expect(saveViewChoice('2d', null)).toBe(false);
    expect(saveViewChoice('2d', broken)).toBe(false);
  });

  it('refuses to store anything but 2d or 3d, naming the value', () => {
    expect(() => saveViewChoice('4d' as never, memory())).toThrow(/"4d"/);
  });
});
