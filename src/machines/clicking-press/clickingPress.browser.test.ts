import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../../tests/browser/harness.ts';
import { canvasCoverage, clickNode, panel, state, tags, waitForState, waitForTag } from '../../../tests/browser/gladiPage.ts';
import { pressBoth } from '../../../tests/browser/gladiPage.ts';
import { CLICKING_PRESS_NODES as N } from './nodes.ts';

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

describe('clicking press in Chromium', () => {
  it('home shows the catalogue in Indonesian and switches to English', async () => {
    const { page } = hx;
    await page.goto(hx.baseUrl);
    await page.waitForSelector('[data-machine-card="clicking-press"]');
    expect(await page.textContent('h2')).toBe('Katalog mesin');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.click('[data-testid="lang-switch"]');
    expect(await page.textContent('h2')).toBe('Machine catalogue');
    expect(page.url()).toContain('lang=en');
    await page.click('[data-testid="lang-switch"]');
    expect(await page.textContent('h2')).toBe('Katalog mesin');
    await page.screenshot({ path: 'test-results/home-id.png' });
  });

  it('a full procedure through the control panel, from power-off to shutdown', async () => {
    const { page } = hx;
    await page.click('[data-open-machine="clicking-press"][data-open-mode="free"]');
    await page.waitForSelector('[data-machine="clicking-press"]');
    expect(await state(page)).toEqual({ power: { off: 'idle' }, arm: 'aside', work: 'clear' });
    expect(await page.getAttribute('[data-machine]', 'data-mode')).toBe('free');

    for (const c of ['floorMark', 'oilSightGlass', 'board', 'dieRack']) await panel(page, c);
    // A refused action is explained, not silently ignored.
    await panel(page, 'pumpStart');
    expect(await page.getAttribute('[data-testid="refusal"]', 'data-refusal-key')).toBe('refusal.powerOff');

    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'pumpStart');
    await waitForTag(page, 'ready');

    // Two-hand functional test: one button alone must not stroke.
    await panel(page, 'arm', 'overDie');
    await panel(page, 'buttonLeft');
    await waitForState(page, '"blocked"');
    expect(await page.getAttribute('[data-testid="status"]', 'data-status-key')).toBe('status.blockedNotTogether');
    expect(await tags(page)).not.toContain('hazard');
    await panel(page, 'buttonLeft');
    await waitForTag(page, 'ready');

    // Setup: die, depth, pressure; trial cut on scrap.
    await panel(page, 'arm', 'aside');
    await panel(page, 'die', 'vamp');
    await panel(page, 'depth', '6');
    await panel(page, 'pressure', '14');
    await panel(page, 'material', 'scrap');
    await panel(page, 'arm', 'overDie');
    await pressBoth(page);
    await waitForState(page, '"partCut"');
    await waitForState(page, '"waitRelease"');
    expect(await page.getAttribute('[data-testid="status"]', 'data-status-key')).toBe('status.waitRelease');
    await pressBoth(page);
    await waitForTag(page, 'ready');
    await panel(page, 'arm', 'aside');
    await panel(page, 'removePart');

    // Production cut: the hide grain side up, the die on a clear area along the stretch.
    await panel(page, 'material', 'leather');
    await panel(page, 'hideSide', 'grainUp');
    await panel(page, 'diePlace', 'clear');
    await panel(page, 'arm', 'overDie');
    await pressBoth(page);
    await waitForTag(page, 'hazard');
    await waitForState(page, '"waitRelease"');
    await pressBoth(page);
    await panel(page, 'arm', 'aside');
    await waitForState(page, '"partCut"');
    await page.screenshot({ path: 'test-results/clicking-press-part-cut.png' });
    await panel(page, 'removePart');

    // Shutdown: then the die back on the rack and the board cleaned.
    await panel(page, 'pumpStop');
    await panel(page, 'mainSwitch', 'off');
    expect(await tags(page)).not.toContain('complete');
    await panel(page, 'die', 'none');
    await panel(page, 'cleanBoard');
    await waitForTag(page, 'complete');
    expect(await state(page)).toEqual({ power: { off: 'shiftDone' }, arm: 'aside', work: 'clear' });
  });

  it('the same cycle by clicking the 3D model; the canvas renders', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=clicking-press&lang=id&mode=free`);
    await page.waitForSelector('[data-machine="clicking-press"]');
    await clickNode(page, N.mainSwitch);
    await waitForState(page, '"powered"');
    await clickNode(page, N.pumpStart);
    await waitForTag(page, 'ready');
    // Setup through the panel (many-valued settings); the cycle itself on the model.
    await panel(page, 'die', 'vamp');
    await panel(page, 'depth', '6');
    await panel(page, 'pressure', '14');
    await panel(page, 'material', 'leather');
    await clickNode(page, N.pressPlate);
    await waitForState(page, '"overDie"');
    await page.waitForTimeout(800); // let the arm swing over before aiming at its buttons
    await clickNode(page, N.buttonLeft, N.buttonRight);
    await waitForState(page, '"partCut"');
    await waitForState(page, '"waitRelease"');
    await clickNode(page, N.buttonLeft, N.buttonRight);
    await waitForTag(page, 'ready');
    await clickNode(page, N.pressPlate);
    await waitForState(page, '"aside"');
    await page.waitForTimeout(800);
    await clickNode(page, N.cutPart);
    await waitForState(page, '"work":"clear"');
    await clickNode(page, N.estop);
    await waitForTag(page, 'estop');
    expect(await tags(page)).not.toContain('hazard');

    expect(await canvasCoverage(page)).toBeGreaterThan(0.2);
    await page.screenshot({ path: 'test-results/clicking-press-3d.png' });
    expect(hx.errors).toEqual([]);
  });

  it('shows a clear message when the browser has no WebGL, and the panel still works', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=clicking-press&lang=en&webgl=off`);
    await page.waitForSelector('[data-testid="no-webgl"]');
    expect(await page.textContent('[data-testid="no-webgl"]')).toContain('WebGL');
    await panel(page, 'mainSwitch', 'on');
    await waitForState(page, '"powered"');
  });

  it('a missing model file gets a clear message naming the file, and the panel keeps working', async () => {
    const { page } = hx;
    await page.route('**/models/clicking-press.glb.gz', (route) => route.fulfill({ status: 404, body: 'not found' }));
    try {
      await page.goto(`${hx.baseUrl}?machine=clicking-press&mode=free&lang=en`);
      await page.waitForSelector('[data-testid="model-error"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="model-error"]')).toContain('models/clicking-press.glb.gz');
      await panel(page, 'mainSwitch', 'on');
      await waitForState(page, '"powered"');
    } finally {
      await page.unroute('**/models/clicking-press.glb.gz');
    }
  });
});

