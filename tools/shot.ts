// Developer helper: screenshot a URL of the built app. Usage: tsx tools/shot.ts "<query>" out.png [w h]
import { openHarness } from '../tests/browser/harness.ts';
const [query = '', out = '/tmp/shot.png', w = '1280', h = '800'] = process.argv.slice(2);
const hx = await openHarness({ width: Number(w), height: Number(h) });
try {
  await hx.page.goto(hx.baseUrl + query);
  await hx.page.waitForTimeout(4000);
  await hx.page.screenshot({ path: out });
  console.log(hx.errors.join('\n') || 'no errors');
} finally {
  await hx.close();
}
