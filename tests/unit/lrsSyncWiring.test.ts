import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLrsSync } from '../../src/net/lrsSync.ts';
import { LRS_SETTINGS_KEY, type KeyValueStorage } from '../../src/net/lrsSettings.ts';
import type { XapiStatement } from '../../src/records/export/xapiTypes.ts';
import { memoryOutboxStore } from '../../src/records/outbox/memoryStore.ts';
import { machineModules } from '../../src/machines/index.ts';
import { drillAttempt } from '../support/attemptFixtures.ts';
import { attemptStatements } from '../../src/records/export/xapi.ts';
import { bundledDrills } from '../../src/scenarios/bundled.ts';
import { startLrsServer, type LrsServer } from '../support/lrsServer.ts';

const drill = bundledDrills[0]!;
const statements: XapiStatement[] = attemptStatements(drillAttempt(machineModules.find((m) => m.id === drill.machine)!, drill, 'learner-1', 'Siti'), {
  machines: machineModules,
  drills: bundledDrills,
  lang: 'id',
});
const credentials = { key: 'trainer-key', secret: 'rahasia' };

function mapStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

let server: LrsServer;
beforeEach(async () => {
  server = await startLrsServer(credentials);
});
afterEach(async () => {
  await server.close();
});

describe('startLrsSync (what the app wires)', () => {
  it('queues without settings; saving the trainer’s settings sends the queue to the LRS', async () => {
    const storage = mapStorage();
    const sync = startLrsSync({ store: memoryOutboxStore(), storage });
    try {
      expect(sync.settings()).toBeNull();
      await sync.enqueue(statements);
      expect(server.received).toEqual([]);
      expect(await sync.saveSettings({ endpoint: server.endpoint, key: 'trainer-key', secret: '' })).toEqual(['secretMissing']);
      expect(await sync.saveSettings({ endpoint: server.endpoint, ...credentials })).toEqual([]);
      expect(storage.getItem(LRS_SETTINGS_KEY)).not.toBeNull();
      expect((await sync.status()).pending).toBe(0);
      expect([...server.statements.keys()].sort()).toEqual(statements.map((s) => s.id).sort());
      sync.clearSettings();
      expect(storage.getItem(LRS_SETTINGS_KEY)).toBeNull();
    } finally {
      sync.stop();
    }
  });
});
