import type { Page } from 'playwright-core';

/** Page helpers that read only the documented automation hooks (data-* attributes, window.gladiStage). */
export const root = '[data-machine]';

export async function state(page: Page): Promise<unknown> {
  return JSON.parse((await page.getAttribute(root, 'data-state')) ?? 'null');
}

export async function tags(page: Page): Promise<string[]> {
  return ((await page.getAttribute(root, 'data-tags')) ?? '').split(' ').filter(Boolean);
}

/** Condition waits have generous limits: a busy software renderer is slow, and only a wrong state may fail a test. */
export const WAIT_MS = 30_000;

export async function waitForTag(page: Page, tag: string, present = true, timeout = WAIT_MS): Promise<void> {
  await page.waitForFunction(
    ([sel, t, want]) => {
      const el = document.querySelector(sel as string);
      const has = (el?.getAttribute('data-tags') ?? '').split(' ').includes(t as string);
      return has === want;
    },
    [root, tag, present] as const,
    { timeout },
  );
}

export async function waitForState(page: Page, fragment: string, timeout = WAIT_MS): Promise<void> {
  await page.waitForFunction(
    ([sel, f]) => (document.querySelector(sel as string)?.getAttribute('data-state') ?? '').includes(f as string),
    [root, fragment] as const,
    { timeout },
  );
}

/** Taps a control in the HTML panel; with a value, taps that position of a selector. */
export async function panel(page: Page, control: string, value?: string): Promise<void> {
  const box = page.locator(`[data-control="${control}"]`);
  if (value === undefined) await box.locator('button').first().click();
  else if ((await box.locator(`button[data-value="${value}"]`).count()) > 0) await box.locator(`button[data-value="${value}"]`).click();
  else {
    // Stepper: step until the output shows the value.
    for (let i = 0; i < 30; i++) {
      const now = await box.locator('output').getAttribute('data-value');
      if (now === value) return;
      await box.locator(`button[data-step="${Number(now) < Number(value) ? 1 : -1}"]`).click();
    }
    throw new Error(`stepper ${control} did not reach ${value}`);
  }
}

/** Screen points of named model parts once they stand still (the arm may still be swinging). */
export async function nodePoints(page: Page, ...nodeNames: string[]): Promise<{ x: number; y: number }[]> {
  await page.waitForFunction((names) => names.every((n) => window.gladiStage?.nodeNames().includes(n)), nodeNames, { timeout: 30_000 });
  await page.waitForFunction(
    (names) => {
      // Still across four looks a quarter second apart: on a busy software renderer one frame can
      // take longer than a single look, and two equal looks would aim at a part still sliding.
      const w = window as unknown as { __aim?: string; __aimCount?: number };
      const now = JSON.stringify(names.map((n) => window.gladiStage?.screenPosition(n)));
      w.__aimCount = w.__aim === now ? (w.__aimCount ?? 0) + 1 : 0;
      w.__aim = now;
      return w.__aimCount >= 3;
    },
    nodeNames,
    { timeout: 30_000, polling: 250 },
  );
  const points = await page.evaluate((names) => names.map((n) => window.gladiStage?.screenPosition(n) ?? null), nodeNames);
  return points.map((p, i) => {
    if (!p) throw new Error(`node ${nodeNames[i]} not on stage`);
    return p;
  });
}

/** Clicks named model nodes where they appear on screen (through the real 3D picking), back to back. */
export async function clickNode(page: Page, ...nodeNames: string[]): Promise<void> {
  // Aim first, then click in quick succession (the two-hand rule allows 0.5 s between buttons).
  for (const p of await nodePoints(page, ...nodeNames)) await page.mouse.click(p.x, p.y);
}

/** Fraction of canvas pixels that differ from the background colour: > 0 means something rendered. */
export async function canvasCoverage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const src = document.querySelector('[data-testid="stage"] canvas') as HTMLCanvasElement | null;
    if (!src) return 0;
    const c = document.createElement('canvas');
    c.width = 160;
    c.height = 100;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    // The stage keeps no drawing buffer between frames: draw one and read it in the same task.
    window.gladiStage?.measureRender(1);
    ctx.drawImage(src, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const bg = [d[0], d[1], d[2]];
    let differ = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i]! - bg[0]!) + Math.abs(d[i + 1]! - bg[1]!) + Math.abs(d[i + 2]! - bg[2]!) > 30) differ++;
    }
    return differ / (d.length / 4);
  });
}

/** What a guided action changes: the state, the hinted controls or the steps done. */
const signatureScript = (before: string | null) => {
  const rootEl = document.querySelector('[data-machine]');
  const hints = [...document.querySelectorAll('[data-control][data-hint]')].map((e) => `${e.getAttribute('data-control')}=${e.getAttribute('data-hint-value')}`);
  const done = document.querySelectorAll('[data-step-done="true"]').length;
  const sig = `${rootEl?.getAttribute('data-state')}|${hints.join(',')}|${done}|${rootEl?.getAttribute('data-session')}`;
  return before === null ? sig : sig !== before;
};
const progressSignature = (page: Page) => page.evaluate(signatureScript, null) as Promise<string>;

/**
 * Does exactly what the guided hints say, reading only data-hint / data-hint-value, until the
 * session leaves `running`. Two hinted hand buttons are pressed back to back (the 0.5 s rule).
 */
export async function followGlow(page: Page, maxActions = 300): Promise<number> {
  for (let i = 0; i < maxActions; i++) {
    if ((await page.getAttribute(root, 'data-session')) !== 'running') return i;
    const hinted = await page.$$eval('[data-control][data-hint]', (els) =>
      els.map((el) => ({ control: el.getAttribute('data-control') ?? '', value: el.getAttribute('data-hint-value') })),
    );
    if (hinted.length === 0) {
      await page.waitForTimeout(150); // the machine is working (a short timer); hints come back
      continue;
    }
    const hands = hinted.filter((h) => h.control === 'buttonLeft' || h.control === 'buttonRight');
    const before = await progressSignature(page);
    if (hands.length === 2) await pressBoth(page);
    else {
      const h = hinted[0]!;
      if (h.value !== null) await panel(page, h.control, h.value);
      else await clickUnlessGone(page, `[data-control="${h.control}"] button`);
    }
    await page.waitForFunction(signatureScript, before, { timeout: 5000 }).catch(() => undefined);
  }
  throw new Error('followGlow: too many actions');
}

/**
 * Clicks a hinted button; a button that leaves the page meanwhile (a short wait that ended by itself, so
 * "Percepat waktu tunggu" is gone) is not an error: the caller reads the hints again.
 */
async function clickUnlessGone(page: Page, selector: string): Promise<void> {
  const button = page.locator(selector).first();
  for (let attempt = 1; ; attempt++) {
    try {
      return await button.click({ timeout: 5000 });
    } catch (error) {
      if ((await button.count()) === 0) return;
      if (attempt === 2) throw error; // still there and still refusing the click: a real problem
    }
  }
}

/** Both hand buttons in the same instant (as two hands or a two-finger touch would), toggling each. */
export async function pressBoth(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const c of ['buttonLeft', 'buttonRight']) (document.querySelector(`[data-control="${c}"] button`) as HTMLButtonElement | null)?.click();
  });
}

/** "Selesai dan lihat hasil", answering yes to the question it asks (after any trainee action). */
export async function finishSession(page: Page): Promise<void> {
  await page.click('[data-testid="finish"]');
  await page.click('[data-testid="finish-dialog"] [data-testid="confirm-yes"]');
}
