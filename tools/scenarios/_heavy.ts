import { readFileSync } from 'node:fs';
import { machineModules } from '../../src/machines/index.ts';
import { loadScenario } from '../../src/scenarios/loader.ts';
import { verifyRuns } from '../../src/scenarios/verifyRuns.ts';
const doc = JSON.parse(readFileSync('scenarios/sole-press/sol-pertama.json', 'utf8'));
const prefix = doc.golden.slice(0, 11);
const vals = ['0.5', '2', '5', '8', '10', '12', '15', '20', '30', '60', '99'];
const heavy = [...prefix, ...Array.from({ length: 2000 - 11 }, (_, i) => ({ t: 17000 + i * 14000, event: { type: 'user.set', control: 'pressTime', value: vals[i % vals.length] } }))];
doc.timeLimitSeconds = 8 * 3600;
doc.golden = heavy;
doc.badRuns = Array.from({ length: 20 }, () => ({ events: heavy, expect: { failed: 'timeout' } }));
const text = JSON.stringify(doc);
console.log('bytes', text.length);
let t = performance.now();
const r = loadScenario('x.json', text, machineModules);
console.log('load ms', performance.now() - t, r.ok);
if (r.ok) { t = performance.now(); const p = verifyRuns(machineModules[1]!, { ...r.drill, badRuns: r.drill.badRuns.slice(0, 1) }); console.log('golden+1 bad ms', performance.now() - t, p.slice(0, 3)); }
