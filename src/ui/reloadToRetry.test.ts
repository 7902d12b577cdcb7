import { describe, expect, it } from 'vitest';
import { failedModuleUrl, isImportFailure } from './reloadToRetry.ts';

describe('a failed import, as each browser words it', () => {
  const chromium = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/MachineStage-AbC123.js');
  const firefox = new TypeError('error loading dynamically imported module: https://gladi.example/assets/machines-x.js');
  const safari = new TypeError('Importing a module script failed.');

  it('is told apart from other failures', () => {
    expect([chromium, firefox, safari].map(isImportFailure)).toEqual([true, true, true]);
    expect(isImportFailure(new TypeError('Failed to fetch'))).toBe(false);
    expect(isImportFailure(new Error('model is not a glTF file'))).toBe(false);
    expect(isImportFailure('Failed to fetch dynamically imported module: x')).toBe(false);
  });

  it('names the module to probe where the browser says it', () => {
    expect(failedModuleUrl(chromium)).toBe('http://127.0.0.1:4173/assets/MachineStage-AbC123.js');
    expect(failedModuleUrl(firefox)).toBe('https://gladi.example/assets/machines-x.js');
    expect(failedModuleUrl(safari)).toBeNull();
  });
});
