import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';
import { buildTour } from '../../src/presenter/tour.ts';

const PNG_SIGNATURE = '89504e470d0a1a0a';
const LIST = 'public/sop/pictures.json';
const list = (existsSync(LIST) ? JSON.parse(readFileSync(LIST, 'utf8')) : {}) as Record<string, string[]>;

describe.each(machineModules.map((m) => [m.id, m] as const))('SOP card step pictures of %s', (id, m) => {
  it('every step the golden run does has its picture (npm run sop:pictures makes them), listed for the card', () => {
    const steps = buildTour(m).steps.flatMap((st) => st.stepIds);
    const missing = steps.filter((step) => !existsSync(`public/sop/${id}/${step}.png`));
    expect(missing, `missing under public/sop/${id}/: run npm run sop:pictures -- ${id}`).toEqual([]);
    expect([...(list[id] ?? [])].sort(), `${LIST} lists what exists`).toEqual([...steps].sort());
    for (const step of steps) {
      const png = readFileSync(`public/sop/${id}/${step}.png`);
      expect(png.subarray(0, 8).toString('hex'), step).toBe(PNG_SIGNATURE);
      expect(png.length, step).toBeLessThanOrEqual(60 * 1024);
    }
  });
});
