import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLrsServer, type LrsServer } from '../support/lrsServer.ts';
import { finishSession, panel, WAIT_MS } from './gladiPage.ts';
import { openHarness, type Harness } from './harness.ts';
import { PRESS } from './machinesUnderTest.ts';
import { openLrsSettings, storedOutbox } from './recordsPage.ts';

/**
 * Optional sending to an LRS (issue 11): the trainer enters the test LRS on the device while it is
 * offline, a learner finishes an attempt, its statements wait in the outbox, and when the network
 * is back the LRS holds each of them exactly once (it validates every statement it stores).
 */
const KEY = 'gladi-key';
const SECRET = 'gladi-secret-ü';
let hx: Harness;
let lrs: LrsServer;
beforeAll(async () => {
  lrs = await startLrsServer({ key: KEY, secret: SECRET });
  await lrs.goOffline();
  hx = await openHarness({ width: 1280, height: 800 });
  // The test's LRS is another origin (127.0.0.1, another port): the one the trainer entered, allowed explicitly.
  hx.allowOrigin(lrs.endpoint);
});
afterAll(async () => {
  await hx?.close();
  await lrs?.close();
});

const trainerUrl = () => `${hx.baseUrl}?lang=id&machine=${PRESS.id}&mode=free&trainer=1&learner=Siti`;
const learnerUrl = () => `${hx.baseUrl}?lang=id&machine=${PRESS.id}&mode=guided&learner=Siti`;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical axe violations inside the open LRS form (the a11y suite sees it only closed). */
async function formViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: { id: string; impact: string | null }[] }> } };
    const result = await w.axe.run({ include: [['[data-testid="lrs-settings"]']] }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}`);
  });
}

const openLrsForm = (page: Page) => openLrsSettings(page, trainerUrl());

describe('the LRS outbox in the app', () => {
  let queued: string[] = [];

  it('the trainer saves the LRS settings on the device (the LRS is offline)', async () => {
    const { page } = hx;
    await openLrsForm(page);
    expect(await page.getAttribute('[data-testid="lrs-status"]', 'data-configured')).toBe('false');
    await page.fill('[data-testid="lrs-endpoint"]', lrs.endpoint);
    await page.fill('[data-testid="lrs-key"]', KEY);
    await page.fill('[data-testid="lrs-secret"]', SECRET);
    await page.click('[data-testid="lrs-save"]');
    await page.waitForSelector('[data-testid="lrs-status"][data-configured="true"]');
    expect(await page.$('[data-testid="lrs-problems"]')).toBeNull();
    expect(await formViolations(page)).toEqual([]);
  });

  it("a learner's finished attempt waits in the outbox while offline", async () => {
    const { page } = hx;
    await page.goto(learnerUrl());
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    await panel(page, 'floorMark');
    await finishSession(page);
    // The finished attempt is written, then its statements are queued: wait for them on the device.
    await expect.poll(() => storedOutbox(page), { timeout: WAIT_MS }).not.toHaveLength(0);
    queued = await storedOutbox(page);
    expect(new Set(queued).size).toBe(queued.length);
    expect(lrs.statements.size).toBe(0);

    await openLrsForm(page);
    await page.waitForSelector(`[data-testid="lrs-status"][data-pending="${queued.length}"]`);
    expect(await page.textContent('[data-testid="lrs-status"]')).toContain(String(queued.length));
  });

  it('back online, the LRS holds every statement of the attempt exactly once, each valid', async () => {
    const { page } = hx;
    await lrs.goOnline();
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForSelector('[data-testid="lrs-status"][data-pending="0"]', { timeout: WAIT_MS }).catch(async (e: unknown) => {
      console.log('lrs status when the wait failed:', await page.$eval('[data-testid="lrs-status"]', (el) => el.outerHTML), lrs.responses, lrs.received.length, hx.errors);
      throw e;
    });
    expect(await page.getAttribute('[data-testid="lrs-status"]', 'data-rejected')).toBe('0');
    expect(await storedOutbox(page)).toEqual([]);
    // The server stores only statements its validator passed (a 400 otherwise, and nothing kept).
    expect([...lrs.statements.keys()].sort()).toEqual([...queued].sort());
    expect(lrs.responses.every((s) => s < 300)).toBe(true);
    const counts = new Map<string, number>();
    for (const id of lrs.received) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect(counts.size).toBe(queued.length);
  });
});
