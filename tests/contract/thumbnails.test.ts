import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';

const PNG_SIGNATURE = '89504e470d0a1a0a';

describe.each(machineModules.map((m) => [m.id]))('home catalogue picture of %s', (id) => {
  const file = `public/thumbnails/${id}.png`;
  it('exists (npm run thumbnails makes it) as a 640 × 400 PNG within 120 KiB', () => {
    expect(existsSync(file), `${file} is missing: run npm run thumbnails`).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    // IHDR: width and height are the first two big-endian words of the first chunk's data.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 400]);
    expect(png.length).toBeLessThanOrEqual(120 * 1024);
  });
});
