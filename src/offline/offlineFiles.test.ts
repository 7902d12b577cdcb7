import { describe, expect, it } from 'vitest';
import { deviceTotals, filesToFetch, filesToRemove, machineStorage, parseOfflineFiles, type OfflineFilesManifest } from './offlineFiles.ts';

const f = (url: string, bytes: number, revision = 'v1') => ({ url, bytes, revision });
const manifest: OfflineFilesManifest = {
  format: 'gladi-offline-files',
  version: 1,
  machines: [
    { id: 'a', files: [f('stage.js', 1000), f('view-a.js', 10), f('models/a.glb', 400)] },
    { id: 'b', files: [f('stage.js', 1000), f('view-b.js', 20), f('models/b.glb', 300)] },
  ],
};
const stored = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('offline storage per machine', () => {
  it('a machine is stored only when every file is there at its current revision', () => {
    expect(machineStorage(manifest.machines[0]!, stored({ 'stage.js': 'v1', 'view-a.js': 'v1', 'models/a.glb': 'v1' }))).toMatchObject({ stored: true, storedBytes: 1410, missingBytes: 0 });
    // An older model under the same name (or one without a revision) needs downloading again.
    expect(machineStorage(manifest.machines[0]!, stored({ 'stage.js': 'v1', 'view-a.js': 'v1', 'models/a.glb': 'v0' }))).toMatchObject({ stored: false, storedBytes: 1010, missingBytes: 400 });
    expect(machineStorage(manifest.machines[1]!, stored({}))).toMatchObject({ stored: false, missingBytes: 1320, totalBytes: 1320 });
  });

  it('fetches the shared 3D code once for several machines, and only what is missing', () => {
    expect(filesToFetch(manifest.machines, stored({})).map((x) => x.url)).toEqual(['stage.js', 'view-a.js', 'models/a.glb', 'view-b.js', 'models/b.glb']);
    expect(filesToFetch(manifest.machines, stored({ 'stage.js': 'v1', 'view-a.js': 'v1', 'models/a.glb': 'v1' })).map((x) => x.url)).toEqual(['view-b.js', 'models/b.glb']);
    expect(deviceTotals(manifest, stored({ 'stage.js': 'v1', 'view-a.js': 'v1', 'models/a.glb': 'v1' }))).toEqual({ storedBytes: 1410, missingBytes: 320 });
  });

  it('removing a machine keeps the files another stored machine still needs', () => {
    const both = stored({ 'stage.js': 'v1', 'view-a.js': 'v1', 'models/a.glb': 'v1', 'view-b.js': 'v1', 'models/b.glb': 'v1' });
    expect(filesToRemove(manifest, 'a', both)).toEqual(['view-a.js', 'models/a.glb']);
    const onlyA = stored({ 'stage.js': 'v1', 'view-a.js': 'v1', 'models/a.glb': 'v1' });
    expect(filesToRemove(manifest, 'a', onlyA)).toEqual(['stage.js', 'view-a.js', 'models/a.glb']);
    expect(filesToRemove(manifest, 'nope', onlyA)).toEqual([]);
  });
});

describe('parseOfflineFiles', () => {
  it('reads the build file and names what is wrong in a broken one', () => {
    expect(parseOfflineFiles(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
    expect(() => parseOfflineFiles(null)).toThrow('offline-files.json: not an object');
    expect(() => parseOfflineFiles({ format: 'x', version: 1, machines: [] })).toThrow(/unknown format/);
    expect(() => parseOfflineFiles({ ...manifest, machines: [{ id: 'a', files: [{ url: 'x', bytes: -1, revision: 'r' }] }] })).toThrow('machines[0].files[0] needs url, bytes and revision');
  });
});
