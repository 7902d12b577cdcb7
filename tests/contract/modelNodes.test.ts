import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';
import { glbNodeNames } from './glbNodes.ts';

describe.each(machineModules.map((m) => [m.id, m] as const))('model contract: %s', (_id, m) => {
  const file = resolve('public', m.modelUrl);
  it('every control node and animated node exists in the .glb', () => {
    expect(existsSync(file), `${m.modelUrl} missing: run npm run models`).toBe(true);
    const names = glbNodeNames(file);
    const wanted = [...m.controls.map((c) => c.node), ...m.animatedNodes];
    expect(wanted.filter((n) => !names.has(n))).toEqual([]);
  });
});
