import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel, waitForState, waitForTag } from './gladiPage.ts';
import { ESTOP_CONTROL_ID } from '../../src/engine/machineModule.ts';
import { machineCatalogue } from '../../src/machines/catalogue.ts';
import { PRESS } from './machinesUnderTest.ts';

/**
 * `npm start` serves the app through Vite's dev server, where React StrictMode mounts every effect
 * twice. A session must survive that: this is the README's first command, so it is tested as such.
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ dev: true });
});
afterAll(async () => hx?.close());

describe('the dev server (npm start)', () => {
  it('runs a short procedure and the e-stop on the clicking press', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=id`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`, { timeout: 60_000 });
    await panel(page, 'mainSwitch', 'on');
    await waitForState(page, '"powered"');
    await panel(page, 'pumpStart');
    await waitForTag(page, 'pumpOn');
    await panel(page, 'estop');
    await waitForTag(page, 'estop');
    await panel(page, 'estop');
    await panel(page, 'reset');
    await waitForTag(page, 'estop', false);
    expect(hx.errors).toEqual([]);
  });

  it.each(machineCatalogue.map((m) => m.id).filter((id) => id !== PRESS.id))('%s answers its e-stop too', async (id) => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${id}&mode=free&lang=id`);
    await page.waitForSelector(`[data-machine="${id}"]`, { timeout: 60_000 });
    await panel(page, ESTOP_CONTROL_ID);
    await waitForTag(page, 'estop');
    expect(hx.errors).toEqual([]);
  });
});
