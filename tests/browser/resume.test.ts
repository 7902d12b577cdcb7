import { readFileSync } from 'node:fs';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel, waitForTag } from './gladiPage.ts';
import { actAndSave, addLearner, crashAndReopen, machineSnapshot as snapshot, resumeDialogOpen as dialogOpen, saved, storedAttempts } from './recordsPage.ts';
import { PRESS } from './machinesUnderTest.ts';
import { answerLowOil, raiseLowOil } from './pressFaultDrill.ts';

/**
 * Nothing lost (issue 11): a learner's running attempt is saved as it happens, so a reload or a
 * crashed page offers to continue at the same state, or to close it as abandoned; two learners on
 * one device keep their own attempts. One browser profile throughout (one device).
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 800 });
});
afterAll(async () => hx?.close());

const machineUrl = (learner: string) => `${hx.baseUrl}?lang=id&machine=${PRESS.id}&mode=guided&learner=${learner}`;

/** In the press's fault drill: the fault raised and saved, a reload, "continue", the same state, then the right answer passes. */
async function lowOilSurvivesReload(page: Page, drillId: string): Promise<void> {
  await raiseLowOil(page);
  await saved(page);
  const inFault = await snapshot(page);
  await page.reload();
  await dialogOpen(page);
  await page.click('[data-testid="resume-dialog"] [data-testid="confirm-cancel"]');
  await page.waitForSelector(`[data-testid="drill-panel"][data-drill="${drillId}"]`);
  expect(await snapshot(page)).toEqual(inFault);
  await answerLowOil(page);
}

describe('a running attempt survives', () => {
  let idle: Awaited<ReturnType<typeof snapshot>>;
  let afterTwo: Awaited<ReturnType<typeof snapshot>>;

  it('a reload offers to continue, and continuing is at the same state (and leaving asked nothing)', async () => {
    const { page } = hx;
    await page.goto(machineUrl('Siti'));
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await page.textContent('[data-testid="learner-current"]')).toContain('Siti');
    idle = await snapshot(page);
    afterTwo = await actAndSave(page, ['floorMark'], ['oilSightGlass'], ['mainSwitch', 'on']);
    expect(afterTwo).not.toEqual(idle);
    const asked: string[] = [];
    const onDialog = (d: Dialog) => {
      asked.push(d.type());
      void d.accept();
    };
    page.on('dialog', onDialog);
    await page.reload();
    await dialogOpen(page);
    page.off('dialog', onDialog);
    expect(asked).toEqual([]); // saved: the browser's "leave?" question is gone
    expect(await page.textContent('[data-testid="resume-dialog"]')).toContain('Siti');
    await page.click('[data-testid="resume-dialog"] [data-testid="confirm-cancel"]');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await snapshot(page)).toEqual(afterTwo);
  });

  it('a crashed page loses nothing: a new page finds the attempt and continues it', async () => {
    const { page } = hx;
    await panel(page, 'pumpStart');
    await waitForTag(page, 'ready'); // the pump's start-up timer has run: nothing is due any more
    await saved(page);
    const beforeCrash = await snapshot(page);
    expect(beforeCrash).not.toEqual(afterTwo);
    hx = await crashAndReopen(hx, machineUrl('Siti'));
    const next = hx.page;
    await dialogOpen(next);
    await next.click('[data-testid="resume-dialog"] [data-testid="confirm-cancel"]');
    await next.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await snapshot(next)).toEqual(beforeCrash);
  });

  it('two learners on one device keep separate attempts', async () => {
    const { page } = hx;
    const siti = await snapshot(page);
    // Budi takes the tablet: one tap on the name, his name added; he starts fresh.
    await addLearner(page, 'Budi');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await page.$('[data-testid="resume-dialog"]')).toBeNull();
    expect(await snapshot(page)).toEqual(idle);
    const budi = await actAndSave(page, ['floorMark']);
    // Back to Siti: her own attempt is offered, at her state.
    await page.click('[data-testid="learner-current"]');
    await page.click('[data-learner="Siti"]');
    await dialogOpen(page);
    await page.click('[data-testid="resume-dialog"] [data-testid="confirm-cancel"]');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await snapshot(page)).toEqual(siti);
    const running = (await storedAttempts(page)).filter((a) => a.status === 'running');
    expect(new Set(running.map((a) => a.learnerId)).size).toBe(2);
    expect(running).toHaveLength(2);
    // And Budi's is still his, from the home screen's "continue".
    await page.click('[data-testid="back"]');
    await page.waitForSelector('[data-testid="home"]');
    await page.click('[data-testid="learner-current"]').catch(() => undefined);
    await page.click('[data-learner="Budi"]');
    await page.click('[data-testid="unfinished-resume"]');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await page.$('[data-testid="resume-dialog"]')).toBeNull();
    expect(await snapshot(page)).toEqual(budi);
  });

  it('"close as abandoned" starts afresh and is not offered again', async () => {
    const { page } = hx;
    await page.goto(machineUrl('Siti'));
    await dialogOpen(page);
    await page.click('[data-testid="resume-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await snapshot(page)).toEqual(idle);
    await page.reload();
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await page.$('[data-testid="resume-dialog"]')).toBeNull();
    const mine = await storedAttempts(page);
    expect(mine.filter((a) => a.status === 'abandoned')).toHaveLength(1);
    expect(hx.errors).toEqual([]);
  });

  it('a drill run is saved and resumed too, with its fault schedule; finishing it marks the attempt finished', async () => {
    const { page } = hx;
    const drillUrl = `${hx.baseUrl}?lang=id&machine=${PRESS.id}&scenario=${PRESS.faultDrill}&learner=Dewi`;
    await page.goto(drillUrl);
    await page.waitForSelector(`[data-testid="drill-panel"][data-drill="${PRESS.faultDrill}"]`);
    await lowOilSurvivesReload(page, PRESS.faultDrill);
    await saved(page);
    const statuses = (await storedAttempts(page)).map((a) => a.status);
    expect(statuses.filter((st) => st === 'finished')).toHaveLength(1);
    // Finished: nothing is offered on the next visit.
    await page.goto(drillUrl);
    await page.waitForSelector(`[data-testid="drill-panel"][data-drill="${PRESS.faultDrill}"]`);
    expect(await page.$('[data-testid="resume-dialog"]')).toBeNull();
    expect(hx.errors).toEqual([]);
  });

  it("a trainer's own drill file, gone after the reload, is rebuilt from the saved attempt and continues", async () => {
    const { page } = hx;
    const doc = JSON.parse(readFileSync(`scenarios/${PRESS.id}/${PRESS.faultDrill}.json`, 'utf8')) as Record<string, unknown>;
    await page.goto(`${hx.baseUrl}?lang=id&machine=${PRESS.id}&mode=free&learner=Eka`);
    await page.click('[data-testid="drill-list"] summary');
    await page.setInputFiles('[data-testid="open-drill"]', { name: 'oli-eka.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...doc, id: 'oli-eka' })) });
    await page.waitForSelector('[data-testid="drill-panel"][data-drill="oli-eka"]');
    await lowOilSurvivesReload(page, 'oli-eka');
    expect(hx.errors).toEqual([]);
  });
});
