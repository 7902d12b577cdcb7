import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel } from './gladiPage.ts';
import { machineModules } from '../../src/machines/index.ts';
import { MODES } from '../../src/engine/session.ts';
import { PRESS } from './machinesUnderTest.ts';

/** axe-core on every screen: no serious or critical violation (WCAG 2.x A/AA and axe best practice). */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

interface Found {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Serious and critical violations on the page as it is now, one readable line per rule. */
async function axe(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's CSP (no inline script) rightly refuses a script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const found = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) }));
  });
  return (found as Found[]).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.join('\n  ')}`);
}

async function openMachine(page: Page, search: string): Promise<void> {
  await page.goto(`${hx.baseUrl}${search}`);
  await page.waitForSelector('[data-machine]');
  await page.waitForSelector('[data-stage-ready="true"]');
}

describe('accessibility (axe)', () => {
  it('home, in both languages, has a main landmark and no serious violation', async () => {
    const { page } = hx;
    for (const lang of ['id', 'en']) {
      await page.goto(`${hx.baseUrl}?lang=${lang}`);
      await page.waitForSelector('[data-testid="home"]');
      expect(await page.$$eval('main', (m) => m.length)).toBe(1);
      expect(await axe(page)).toEqual([]);
    }
  });

  for (const module of machineModules) {
    for (const mode of MODES) {
      it(`${module.id}, ${mode} mode: a main landmark and no serious violation`, async () => {
        const { page } = hx;
        await openMachine(page, `?machine=${module.id}&mode=${mode}&lang=id`);
        expect(await page.$$eval('main', (m) => m.length)).toBe(1);
        expect(await axe(page)).toEqual([]);
        if (mode === 'guided' && module.id === PRESS.id) {
          // A mistake: the coach card explains it (severity chip and all).
          await panel(page, 'modeKey', 'in');
          await panel(page, 'modeSelector', 'oneHand');
          await page.waitForSelector('[data-testid="coach"]');
          expect(await axe(page)).toEqual([]);
        }
      });
    }

    it(`${module.id}: trainer panel, a refusal, the finish question and the debrief`, async () => {
      const { page } = hx;
      await openMachine(page, `?machine=${module.id}&mode=free&trainer=1&lang=en`);
      await page.waitForSelector('[data-testid="trainer-panel"]');
      // The start button with the machine off: refused, and the refusal explained.
      const start = module.controls.find((c) => c.kind === 'button');
      if (start) await page.click(`[data-control="${start.id}"] button`);
      expect(await axe(page)).toEqual([]);
      await page.click('[data-testid="finish"]');
      await page.waitForSelector('[data-testid="finish-dialog"]');
      expect(await axe(page)).toEqual([]);
      await page.click('[data-testid="confirm-yes"]');
      await page.waitForSelector('[data-testid="debrief"]');
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `test-results/a11y-debrief-${module.id}.png` });
    });
  }

  it('a drill with its briefing', async () => {
    const { page } = hx;
    await openMachine(page, `?machine=${PRESS.id}&scenario=${PRESS.faultDrill}&trainer=1&lang=id`);
    await page.waitForSelector('[data-testid="drill-panel"]');
    expect(await axe(page)).toEqual([]);
    expect(hx.errors).toEqual([]);
  });

  // Last: it leaves a running attempt for its learner (the machine screens above open without one).
  it("a learner's own page, with a machine practised and its mistakes", async () => {
    const { page } = hx;
    await openMachine(page, `?machine=${PRESS.id}&mode=guided&lang=id&learner=Ani`);
    await panel(page, 'modeKey', 'in');
    await panel(page, 'modeSelector', 'oneHand');
    await page.waitForSelector('[data-testid="save-status"][data-save="saved"]', { state: 'attached' });
    await page.click('[data-testid="back"]');
    await page.click('[data-testid="open-progress"]');
    await page.waitForSelector(`[data-progress-machine="${PRESS.id}"] [data-mistake]`);
    expect(await page.getAttribute(`[data-progress-machine="${PRESS.id}"] [data-mistake]`, 'data-severity')).toBe('critical');
    expect(await page.$$eval('main', (m) => m.length)).toBe(1);
    expect(await axe(page)).toEqual([]);
    for (const [w, h] of [[1280, 720], [1024, 600], [412, 915]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/progress-${w}x${h}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});
