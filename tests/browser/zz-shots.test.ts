import { afterAll, describe, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel } from './gladiPage.ts';

const sizes = [
  { name: 'desk', width: 1280, height: 720, touch: false },
  { name: 'tablet', width: 1024, height: 600, touch: true },
  { name: 'phone', width: 412, height: 915, touch: true },
];
const open: Harness[] = [];
afterAll(async () => { for (const h of open) await h.close(); });

describe('shots', () => {
  it.each(sizes)('$name', async ({ name, width, height, touch }) => {
    const hx = await openHarness({ viewport: { width, height }, touch });
    open.push(hx);
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.waitForSelector('[data-machine-card]');
    await page.screenshot({ path: `/tmp/shots/${name}-home.png`, fullPage: true });
    await page.goto(`${hx.baseUrl}?machine=skiver&mode=guided&lang=id`);
    await page.waitForSelector('[data-machine="skiver"] [data-testid="stage"][data-stage-ready="true"]', { timeout: 60000 });
    await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, undefined, { timeout: 60000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/${name}-skiver-start.png` });
    for (let i = 0; i < 25; i++) {
      const hinted = await page.$$eval('[data-control][data-hint]', (els) => els.map((el) => ({ control: el.getAttribute('data-control') ?? '', value: el.getAttribute('data-hint-value'), cont: el.querySelector('input[type=range]') !== null })));
      const h = hinted[0];
      if (!h) { await page.waitForTimeout(300); continue; }
      if (h.cont) break;
      if (h.value !== null) await panel(page, h.control, h.value);
      else await page.locator(`[data-control="${h.control}"] button`).first().click();
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `/tmp/shots/${name}-skiver-mid.png` });
    await page.screenshot({ path: `/tmp/shots/${name}-skiver-mid-full.png`, fullPage: true });
    console.log(name, hx.errors);
  });
});
