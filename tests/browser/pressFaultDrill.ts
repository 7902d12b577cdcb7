import type { Page } from 'playwright-core';
import { panel, waitForState, waitForTag } from './gladiPage.ts';

/** The press's fault drill (PRESS.faultDrill), once started: the arm over the die brings the scheduled low-oil fault. */
export async function raiseLowOil(page: Page): Promise<void> {
  await waitForTag(page, 'ready');
  await panel(page, 'arm', 'overDie');
  await waitForState(page, '"lowOil"');
}

/** The right answer to the low oil (stop, lock out, call the mechanic), and the drill passed. */
export async function answerLowOil(page: Page): Promise<void> {
  await panel(page, 'mainSwitch', 'off');
  await panel(page, 'reportMechanic');
  await page.waitForSelector('[data-drill-result="passed"]');
}
