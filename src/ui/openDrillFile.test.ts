import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../scenarios/checkLimits.ts';
import { openDrillFile } from './openDrillFile.ts';

describe('openDrillFile', () => {
  it('a file that cannot be read is refused with a problem line, not an exception', async () => {
    const gone = { name: 'hilang.json', size: 10, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) } as unknown as File;
    expect(await openDrillFile(gone)).toEqual({ ok: false, problems: ['hilang.json: (file): cannot be read (NotReadableError)'], total: 1 });
  });

  it('a file too large to be a drill is refused before it is read', async () => {
    const huge = { name: 'besar.json', size: MAX_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File;
    expect(await openDrillFile(huge)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^besar\.json: \(file\): too large to be a drill file/)] });
  });
});
