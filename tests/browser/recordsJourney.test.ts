import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLrsServer, type LrsServer } from '../support/lrsServer.ts';
import { xapiProblems } from '../support/xapiValidator.ts';
import { WAIT_MS } from './gladiPage.ts';
import { openHarness, type Harness } from './harness.ts';
import { PRESS } from './machinesUnderTest.ts';
import {
  actAndSave,
  addLearner,
  classCell,
  crashAndReopen,
  downloaded,
  importFiles,
  learnersShown,
  machineSnapshot,
  openClassView,
  openLrsSettings,
  passFaultDrill,
  resumeDialogOpen,
  storedAttempts,
  storedOutbox,
} from './recordsPage.ts';

/**
 * Issue 11's "done means", as one journey on two devices (two browser profiles): two learners practise
 * on one tablet, one reloads mid-session and resumes, the page is crashed mid-attempt and the attempt
 * survives, the trainer's view shows both, the CSV and xAPI exports validate, a second tablet's bundle
 * merges without duplicates, a corrupted bundle is refused by name, and the outbox flushes to a test LRS
 * once it is reachable again. Each step builds on the one before (the same device's records).
 */
const KEY = 'journey-key';
const SECRET = 'journey-secret';
let tablet: Harness;
let secondTablet: Harness;
let lrs: LrsServer;
beforeAll(async () => {
  lrs = await startLrsServer({ key: KEY, secret: SECRET });
  await lrs.goOffline(); // the centre's internet is down when the day starts
  tablet = await openHarness({ width: 1280, height: 800 });
  tablet.allowOrigin(lrs.endpoint); // the test LRS is this tablet's one other host
  secondTablet = await openHarness({ width: 1280, height: 800 });
});
afterAll(async () => {
  await tablet?.close();
  await secondTablet?.close();
  await lrs?.close();
});

const guidedUrl = () => `${tablet.baseUrl}?lang=id&machine=${PRESS.id}&mode=guided`;

describe('learner records on shared devices, end to end', () => {
  let queued: string[] = [];
  let budiBefore: Awaited<ReturnType<typeof machineSnapshot>>;
  let bundleText = '';

  it('the trainer sets the LRS on the tablet; Siti passes a drill and its statements wait offline', async () => {
    const { page } = tablet;
    await openLrsSettings(page, `${tablet.baseUrl}?lang=id&machine=${PRESS.id}&mode=free&trainer=1`);
    await page.fill('[data-testid="lrs-endpoint"]', lrs.endpoint);
    await page.fill('[data-testid="lrs-key"]', KEY);
    await page.fill('[data-testid="lrs-secret"]', SECRET);
    await page.click('[data-testid="lrs-save"]');
    await page.waitForSelector('[data-testid="lrs-status"][data-configured="true"]');
    await passFaultDrill(tablet, 'Siti');
    await expect.poll(() => storedOutbox(page), { timeout: WAIT_MS }).not.toHaveLength(0);
    queued = await storedOutbox(page);
    expect(lrs.statements.size).toBe(0);
  });

  it('Budi takes the same tablet, reloads mid-session and continues at the same state', async () => {
    const { page } = tablet;
    await page.goto(guidedUrl());
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    await addLearner(page, 'Budi');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    budiBefore = await actAndSave(page, ['floorMark'], ['oilSightGlass']);
    await page.reload();
    await resumeDialogOpen(page);
    expect(await page.textContent('[data-testid="resume-dialog"]')).toContain('Budi');
    await page.click('[data-testid="resume-dialog"] [data-testid="confirm-cancel"]');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await machineSnapshot(page)).toEqual(budiBefore);
  });

  it('the page crashes mid-attempt; a new page finds the attempt intact and continues it', async () => {
    const beforeCrash = await actAndSave(tablet.page, ['mainSwitch', 'on']);
    expect(beforeCrash).not.toEqual(budiBefore);
    tablet = await crashAndReopen(tablet, guidedUrl());
    const { page } = tablet;
    await resumeDialogOpen(page);
    await page.click('[data-testid="resume-dialog"] [data-testid="confirm-cancel"]');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await machineSnapshot(page)).toEqual(beforeCrash);
    expect((await storedAttempts(page)).map((a) => a.status).sort()).toEqual(['finished', 'running']);
  });

  it("the trainer's class view shows both learners' results", async () => {
    await openClassView(tablet);
    const { page } = tablet;
    expect(await learnersShown(page)).toEqual(['Budi', 'Siti']);
    expect(await classCell(page, 'Siti').textContent()).toMatch(/Skor terbaik: \d+/);
    expect(await classCell(page, 'Budi').getAttribute('data-status')).toBe('practised');
  });

  it('the CSV reads in an Indonesian spreadsheet and every xAPI statement validates', async () => {
    const { page } = tablet;
    const csv = await downloaded(page, 'download-csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.bytes.toString('utf8').trimEnd().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(';')[1]).sort()).toEqual(['Budi', 'Siti']);
    const statements = JSON.parse((await downloaded(page, 'download-xapi')).bytes.toString('utf8')) as { verb: { id: string } }[];
    expect(statements.length).toBeGreaterThan(1);
    expect(statements.map((s) => xapiProblems(s)).filter((p) => p.length > 0)).toEqual([]);
    expect(statements.some((s) => s.verb.id.endsWith('/passed'))).toBe(true);
  });

  it("a second tablet's bundle merges without duplicates; a corrupted one is refused by name", async () => {
    await passFaultDrill(secondTablet, 'Dewi');
    await openClassView(secondTablet);
    const bundle = await downloaded(secondTablet.page, 'download-bundle');
    bundleText = bundle.bytes.toString('utf8');
    const { page } = tablet;
    expect(await importFiles(page, [{ name: bundle.name, text: bundleText }])).toMatchObject([{ ok: 'true', added: '1', skipped: '0' }]);
    await page.waitForSelector('[data-class-learner="Dewi"]');
    expect(await importFiles(page, [{ name: bundle.name, text: bundleText }])).toMatchObject([{ ok: 'true', added: '0', skipped: '1' }]);
    expect(await classCell(page, 'Dewi').getAttribute('data-attempts')).toBe('1');
    const forged = JSON.parse(bundleText) as { attempts: { learnerId: string }[] };
    forged.attempts[0]!.learnerId = 'nobody';
    const refused = await importFiles(page, [{ name: 'kelas-rusak.json', text: JSON.stringify(forged) }]);
    expect(refused).toMatchObject([{ file: 'kelas-rusak.json', ok: 'false' }]);
    expect(refused[0]!.text).toContain('kelas-rusak.json: attempts.0.learnerId');
    expect(await learnersShown(page)).toEqual(['Budi', 'Dewi', 'Siti']);
  });

  it('back online, the outbox flushes: the LRS holds each queued statement once, each valid', async () => {
    const { page } = tablet;
    await lrs.goOnline();
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => storedOutbox(page), { timeout: WAIT_MS }).toEqual([]);
    // The server keeps only statements its validator passed (400 otherwise).
    expect([...lrs.statements.keys()].sort()).toEqual([...queued].sort());
    expect(new Set(lrs.received).size).toBe(lrs.received.length);
    // The browser logs each refused try while the LRS was unreachable; nothing else may be an error.
    expect(tablet.errors.filter((e) => !e.includes('net::ERR_CONNECTION_REFUSED'))).toEqual([]);
  });
});
