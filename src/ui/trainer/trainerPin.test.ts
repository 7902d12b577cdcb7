import { describe, expect, it } from 'vitest';
import { pinStore } from './trainerPin.ts';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};

describe('trainer PIN', () => {
  it('is unset at first, then checks only the PIN that was set', () => {
    const storage = memory();
    const pins = pinStore(storage);
    expect(pins.isSet()).toBe(false);
    expect(pins.check('1234')).toBe(false);
    expect(pins.set('1234')).toBe(true);
    expect(pins.isSet()).toBe(true);
    expect(pins.check('1234')).toBe(true);
    expect(pins.check('4321')).toBe(false);
    expect(pins.check('')).toBe(false);
  });
  it('keeps a hash, never the PIN itself', () => {
    const storage = memory();
    pinStore(storage).set('908172');
    expect([...storage.m.values()].join()).not.toContain('908172');
  });
  it('refuses malformed PINs and survives a device that will not store', () => {
    expect(pinStore(memory()).set('12')).toBe(false);
    expect(pinStore(memory()).set('abcd')).toBe(false);
    const broken = pinStore({ getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } });
    expect(broken.set('1234')).toBe(false);
    expect(broken.isSet()).toBe(false);
    expect(pinStore(null).set('1234')).toBe(false);
  });
});
