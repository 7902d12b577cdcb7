import { describe, expect, it } from 'vitest';
import { clearLrsSettings, loadLrsSettings, LRS_SETTINGS_KEY, lrsSettingsProblems, saveLrsSettings, type KeyValueStorage } from './lrsSettings.ts';

function mapStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('LRS settings in localStorage', () => {
  it('save, load, clear under one key; the endpoint gets a trailing slash', () => {
    const storage = mapStorage();
    expect(loadLrsSettings(storage)).toBeNull();
    expect(saveLrsSettings({ endpoint: ' https://lrs.example.org/xapi ', key: ' k ', secret: 's p' }, storage)).toEqual([]);
    expect([...storage.map.keys()]).toEqual([LRS_SETTINGS_KEY]);
    expect(loadLrsSettings(storage)).toEqual({ endpoint: 'https://lrs.example.org/xapi/', key: 'k', secret: 's p' });
    clearLrsSettings(storage);
    expect(loadLrsSettings(storage)).toBeNull();
  });

  it('names what is wrong and saves nothing then', () => {
    const storage = mapStorage();
    expect(saveLrsSettings({ endpoint: 'ftp://x', key: '', secret: '' }, storage)).toEqual(['endpointNotHttp', 'keyMissing', 'secretMissing']);
    expect(lrsSettingsProblems({ endpoint: '  ', key: 'k', secret: 's' })).toEqual(['endpointMissing']);
    expect(lrsSettingsProblems({ endpoint: 'not a url', key: 'k', secret: 's' })).toEqual(['endpointNotHttp']);
    expect(storage.map.size).toBe(0);
  });

  it('reads broken or foreign data as no settings', () => {
    const storage = mapStorage();
    for (const raw of ['{', 'null', '[]', '{"endpoint":1,"key":"k","secret":"s"}', '{"endpoint":"javascript:alert(1)","key":"k","secret":"s"}']) {
      storage.setItem(LRS_SETTINGS_KEY, raw);
      expect(loadLrsSettings(storage)).toBeNull();
    }
  });
});
