import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byFolder } from '../../src/machines/folderId.ts';
import { machineCatalogue } from '../../src/machines/catalogue.ts';
import { openHarness, type Harness } from './harness.ts';
import { modelFileUrl } from '../../src/engine/modelFile.ts';

/**
 * What each screen downloads (production build): the home screen no chart and no three.js;
 * opening a machine its own chart, view and model, and no other machine's. A machine's code is
 * recognised by its glTF node names (its controls and its view name them; nothing else does).
 */
const nodeMaps = byFolder(import.meta.glob<Readonly<Record<string, string>>>('../../src/machines/*/nodes.ts', { eager: true, import: 'default' }), 4);
/** Node names only one machine uses, compound (`AirLineValve`, not `Reactivator`) so no text of the app can match. */
const ownNodes = new Map(
  nodeMaps.map(([id, nodes]) => [
    id,
    Object.values(nodes).filter((n) => /^[A-Z][a-z0-9]+[A-Z]/.test(n) && nodeMaps.every(([other, o]) => other === id || !Object.values(o).includes(n))),
  ]),
);

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
  // Data-saver mode: the idle home prefetches nothing (machineOpening.test.ts covers the prefetch).
  await hx.context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, effectiveType: '4g' }) }));
});
afterAll(async () => hx?.close());

/** Every script and model the page fetches while `open` runs, with the script texts. */
async function downloads(page: Page, open: () => Promise<void>): Promise<{ scripts: string[]; models: string[] }> {
  const pending: Promise<string>[] = [];
  const models: string[] = [];
  const seen = (r: Response) => {
    const url = r.url();
    if (url.endsWith('.js')) pending.push(r.text().catch(() => ''));
    if (url.endsWith('.glb.gz')) models.push(new URL(url).pathname.replace(/^\//, ''));
  };
  page.on('response', seen);
  try {
    await open();
  } finally {
    page.off('response', seen);
  }
  return { scripts: await Promise.all(pending), models };
}

const machinesIn = (scripts: readonly string[]) =>
  [...ownNodes].filter(([, nodes]) => nodes.some((n) => scripts.some((s) => s.includes(`"${n}"`) || s.includes(`'${n}'`) || s.includes(`\`${n}\``)))).map(([id]) => id);

describe('per-machine downloads', () => {
  it('every machine has node names of its own to be recognised by', () => {
    for (const [id, nodes] of ownNodes) expect(nodes.length, id).toBeGreaterThan(3);
  });

  it('the home screen loads no machine chart, no three.js and no model', async () => {
    const { page } = hx;
    const got = await downloads(page, async () => {
      await page.goto(`${hx.baseUrl}?lang=id`);
      await page.waitForSelector('[data-machine-card]');
      await page.waitForLoadState('networkidle');
    });
    expect(machinesIn(got.scripts)).toEqual([]);
    expect(got.scripts.some((s) => s.includes('WebGLRenderer'))).toBe(false);
    expect(got.models).toEqual([]);
  });

  it.each(machineCatalogue.map((m) => m.id))('opening %s loads its own chart, view and model, and no other machine', async (id) => {
    const { page } = hx;
    // A fresh document each time, so nothing is left in memory from the machine before.
    const got = await downloads(page, async () => {
      await page.goto(`${hx.baseUrl}?machine=${id}&mode=free&lang=id`);
      await page.waitForSelector(`[data-machine="${id}"] [data-testid="stage"][data-stage-ready="true"]`, { timeout: 60_000 });
      await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, undefined, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
    });
    expect(machinesIn(got.scripts)).toEqual([id]);
    expect(got.models).toEqual([`${modelFileUrl(id)}`]);
    expect(hx.errors).toEqual([]);
  });
});
