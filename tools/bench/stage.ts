// The stage in the browser, unthrottled: time to the model on stage, draw calls, JS per frame.
import { openHarness } from '../../tests/browser/harness.ts';
import { loadMachineModules } from '../machineModules.ts';
import { row, type BenchPart, type Row } from './table.ts';

const GOALS = { drawCalls: 200, stageReadyMs: 15_000 };

export const stage: BenchPart = {
  name: 'stage',
  async run(): Promise<Row[]> {
    const rows: Row[] = [];
    const hx = await openHarness({ width: 1280, height: 720 });
    try {
      for (const m of await loadMachineModules()) {
        const t0 = Date.now();
        await hx.page.goto(`${hx.baseUrl}?machine=${m.id}&mode=free`);
        await hx.page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 60_000 });
        rows.push(row(`${m.id}: open → model on stage (unthrottled)`, Date.now() - t0, GOALS.stageReadyMs, 'ms'));
        const r = await hx.page.evaluate(() => window.gladiStage!.measureRender(30));
        rows.push(row(`${m.id}: draw calls per frame`, r.calls, GOALS.drawCalls, ''));
        rows.push(row(`${m.id}: triangles per frame`, r.triangles, null, ''));
        rows.push(row(`${m.id}: JS ms per frame (SwiftShader, coarse)`, r.msPerFrame, null, 'ms'));
      }
    } finally {
      await hx.close();
    }
    return rows;
  },
};
