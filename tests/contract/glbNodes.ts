import { readModelFile } from '../../tools/models/lib/glb.ts';

/** Node names in a model file (the gzipped GLB), read from its JSON chunk (no 3D library needed). */
export function glbNodeNames(path: string): Set<string> {
  const buf = Buffer.from(readModelFile(path));
  if (buf.readUInt32LE(0) !== 0x46546c67) throw new Error(`${path} is not a binary glTF (bad magic)`);
  const jsonLength = buf.readUInt32LE(12);
  if (buf.readUInt32LE(16) !== 0x4e4f534a) throw new Error(`${path}: first chunk is not JSON`);
  const json = JSON.parse(buf.subarray(20, 20 + jsonLength).toString('utf8')) as { nodes?: { name?: string }[] };
  return new Set((json.nodes ?? []).map((n) => n.name ?? '').filter(Boolean));
}
