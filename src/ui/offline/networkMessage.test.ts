import { describe, expect, it } from 'vitest';
import { format } from '../../i18n/catalogue.ts';
import { appMessages } from '../../i18n/appMessages.ts';
import { offlineMessages } from '../../i18n/offlineMessages.ts';
import { ModelLoadError } from '../../scene/modelLoadError.ts';
import { partFailureMessage, stageFailureMessage } from './networkMessage.ts';

const t = (key: string, params?: Readonly<Record<string, string | number>>) => format(appMessages.id, key, params);

describe('network messages in the learner language', () => {
  it('offline, a model or 3D part that did not load says the machine is not downloaded and what to do', () => {
    expect(stageFailureMessage(t, new ModelLoadError('network', '/models/x.glb', 'Failed to fetch'), false)).toBe('Mesin ini belum diunduh. Sambungkan internet sekali, lalu tekan Unduh.');
    expect(stageFailureMessage(t, new TypeError('Failed to fetch dynamically imported module: /assets/view-x.js'), false)).toBe('Mesin ini belum diunduh. Sambungkan internet sekali, lalu tekan Unduh.');
    expect(stageFailureMessage(t, new ModelLoadError('timeout', '/models/x.glb', 'no data for 30 s'), false)).toMatch(/belum diunduh/);
  });

  it('online, or a broken file, keeps the message of its cause (never the English technical text)', () => {
    expect(stageFailureMessage(t, new ModelLoadError('network', '/models/x.glb', 'HTTP 500'), true)).toBe(appMessages.id['machine.modelError.network']);
    expect(stageFailureMessage(t, new ModelLoadError('broken', '/models/x.glb', 'bad magic'), false)).toBe(appMessages.id['machine.modelError.broken']);
    expect(stageFailureMessage(t, new TypeError('Failed to fetch'), true)).toMatch(/^Bagian aplikasi \(tampilan 3D\)/);
    expect(partFailureMessage(t, 'layar mesin', false)).toMatch(/belum tersimpan di perangkat/);
    expect(partFailureMessage(t, 'layar mesin', true)).toMatch(/Periksa koneksi internet/);
  });

  it('every offline text exists in Indonesian and English, and the app catalogue carries them', () => {
    expect(Object.keys(offlineMessages.en).sort()).toEqual(Object.keys(offlineMessages.id).sort());
    for (const [key, text] of Object.entries(offlineMessages.id)) {
      expect(appMessages.id[key], key).toBe(text);
      expect(appMessages.en[key], key).toBe(offlineMessages.en[key as keyof typeof offlineMessages.en]);
    }
  });
});
