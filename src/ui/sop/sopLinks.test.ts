import { afterEach, describe, expect, it, vi } from 'vitest';
import { machineUrl, qrBase, stepUrl } from './sopLinks.ts';

describe('where the SOP card codes point', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('at the app itself, by default', () => {
    vi.stubGlobal('window', { location: { origin: 'http://127.0.0.1:4173' } });
    expect(qrBase('?sop=x')).toBe('http://127.0.0.1:4173/');
  });
  it('at the qrBase of the link when it is an http(s) address (a folder: the app under a path)', () => {
    expect(qrBase('?qrBase=https://gladi.example.id/latihan')).toBe('https://gladi.example.id/latihan/');
    expect(qrBase('?qrBase=http://192.168.1.5:4173/?x=1')).toBe('http://192.168.1.5:4173/');
  });
  it('never at anything else', () => {
    vi.stubGlobal('window', { location: { origin: 'http://127.0.0.1:4173' } });
    expect(qrBase('?qrBase=javascript:alert(1)')).toBe('http://127.0.0.1:4173/');
    expect(qrBase('?qrBase=not a url')).toBe('http://127.0.0.1:4173/');
  });
  it('step and machine addresses carry guided mode, the step and the language', () => {
    const u = new URL(stepUrl('https://g.id/', 'a-machine', 'oneStep', 'en'));
    expect(Object.fromEntries(u.searchParams)).toEqual({ machine: 'a-machine', mode: 'guided', step: 'oneStep', lang: 'en' });
    expect(machineUrl('https://g.id/', 'a-machine', 'id')).toBe('https://g.id/?machine=a-machine&lang=id');
  });
});
