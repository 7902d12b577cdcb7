import { it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';
import { reachableStates } from '../../src/engine/contract/explore.ts';
it('count', () => { for (const m of machineModules) { const t=Date.now(); const r = reachableStates(m); console.log(m.id, r.length, m.exploration.events.length, Date.now()-t); } }, 120000);
