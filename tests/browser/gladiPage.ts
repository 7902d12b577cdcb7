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

/**
 * Where controls are operated: the HTML side panel (the default), or the 2D view of the machine
 * (`SCHEMATIC`), which carries the same `data-control` ids and the same inner structure.
 */
export const PANEL = '[data-testid="side-panel"] ';
export const SCHEMATIC = '[data-testid="schematic"] ';

/** Taps a control in the HTML panel (or `within` another surface); with a value, taps that position of a selector. */
export async function panel(page: Page, control: string, value?: string, within = PANEL): Promise<void> {
  const box = page.locator(`${within}[data-control="${control}"]`);
  if (value === undefined) await box.locator('button').first().click();
  else if ((await box.locator(`button[data-value="${value}"]`).count()) > 0) await box.locator(`button[data-value="${value}"]`).click();
  else if ((await box.locator('input[type="range"], [role="slider"]').count()) > 0) await slideTo(page, control, Number(value), within);
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

/**
 * Moves a continuous control (a panel slider or a lever of the 2D view) to `target` with the arrow
 * keys, one step at a time; it keeps the focus, so a treadle stays pressed. A treadle hinted back
 * to its rest is let go with Escape, as a foot lifts.
 */
export async function slideTo(page: Page, control: string, target: number, within = PANEL): Promise<void> {
  const box = page.locator(`${within}[data-control="${control}"]`);
  const input = box.locator('input[type="range"], [role="slider"]').first();
  const selector = `${within}[data-control="${control}"]`;
  // The panel's slider carries the value on the control itself, the 2D view's lever inside it.
  const read = async () =>
    Number(await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      return (el?.hasAttribute('data-value') ? el : el?.querySelector('[data-value]'))?.getAttribute('data-value') ?? 'NaN';
    }, selector));
  await input.focus();
  if (target === 0 && (await read()) !== 0) {
    await input.press('Escape');
    if ((await read()) === 0) return;
  }
  for (let i = 0; i < 100; i++) {
    const now = await read();
    if (Math.abs(now - target) < 1e-6) return;
    await input.press(now < target ? 'ArrowRight' : 'ArrowLeft');
    await page
      .waitForFunction(([sel, v]) => {
        const el = document.querySelector(sel as string);
        return (el?.hasAttribute('data-value') ? el : el?.querySelector('[data-value]'))?.getAttribute('data-value') !== v;
      }, [selector, String(now)] as const, { timeout: 5000 })
      .catch(() => undefined);
  }
  throw new Error(`slider ${control} did not reach ${target}`);
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
 * `within`: the surface to act on, the side panel (default) or the 2D view (`SCHEMATIC`).
 */
export async function followGlow(page: Page, maxActions = 300, within = PANEL): Promise<number> {
  for (let i = 0; i < maxActions; i++) {
    if ((await page.getAttribute(root, 'data-session')) !== 'running') return i;
    // Fast-forward ("Percepat waktu tunggu") lives in the side panel whatever the surface.
    // A continuous control already where its hint says (a pedal held while the guide also asks for a lever) is skipped, unless nothing else is hinted.
    const all = await page.$$eval(`${within}[data-control][data-hint], [data-control="fastForward"][data-hint]`, (els) =>
      els.map((el) => {
        const slider = el.querySelector('input[type="range"], [role="slider"]');
        const now = slider ? (el.hasAttribute('data-value') ? el : el.querySelector('[data-value]'))?.getAttribute('data-value') : null;
        const value = el.getAttribute('data-hint-value');
        return { control: el.getAttribute('data-control') ?? '', value, there: now != null && value != null && Math.abs(Number(now) - Number(value)) < 1e-6 };
      }),
    );
    const pending = all.filter((h) => !h.there);
    const hinted = pending.length > 0 ? pending : all;
    if (hinted.length === 0) {
      await page.waitForTimeout(150); // the machine is working (a short timer); hints come back
      continue;
    }
    const hands = hinted.filter((h) => h.control === 'buttonLeft' || h.control === 'buttonRight');
    const before = await progressSignature(page);
    if (hands.length === 2) await pressBoth(page, within);
    else {
      const h = hinted[0]!;
      if (h.value !== null) await panel(page, h.control, h.value, within);
      else await clickUnlessGone(page, `${h.control === 'fastForward' ? PANEL : within}[data-control="${h.control}"] button`);
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
export async function pressBoth(page: Page, within = PANEL): Promise<void> {
  await page.evaluate((scope) => {
    for (const c of ['buttonLeft', 'buttonRight']) (document.querySelector(`${scope}[data-control="${c}"] button`) as HTMLButtonElement | null)?.click();
  }, within);
}

/** "Selesai dan lihat hasil", answering yes to the question it asks (after any trainee action). */
export async function finishSession(page: Page): Promise<void> {
  await page.click('[data-testid="finish"]');
  await page.click('[data-testid="finish-dialog"] [data-testid="confirm-yes"]');
}
