/**
 * Minimal GLB reading for tests and build logs: the JSON chunk and a rendered-triangle count,
 * without pulling a full loader into the check.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Document } from '@gltf-transform/core';
import { compressedIO, compressModel } from './compress.ts';

/** The model file as public/models holds it (src/engine/modelFile.ts): the GLB, gzipped. */
export const packModel = (glb: Uint8Array): Uint8Array => new Uint8Array(gzipSync(glb, { level: 9 }));

/** The GLB inside a model file; throws, naming the file, when it is not gzip. */
export function readModelFile(path: string): Uint8Array {
  try {
    return new Uint8Array(gunzipSync(readFileSync(path)));
  } catch (error) {
    throw new Error(`${path} is not a gzipped model (${error instanceof Error ? error.message : String(error)}): run npm run models`, { cause: error });
  }
}

export interface GltfJson {
  scene?: number;
  scenes?: { nodes?: number[] }[];
  nodes?: { name?: string; mesh?: number; children?: number[] }[];
  meshes?: { primitives: { indices?: number; attributes: Record<string, number>; mode?: number }[] }[];
  accessors?: { count: number }[];
  materials?: { name?: string }[];
}

const GLB_MAGIC = 0x46546c67; // 'glTF'
const CHUNK_JSON = 0x4e4f534a; // 'JSON'

export function readGlbJson(bytes: Uint8Array): GltfJson {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== GLB_MAGIC) throw new Error('not a GLB file');
  const length = view.getUint32(12, true);
  if (view.getUint32(16, true) !== CHUNK_JSON) throw new Error('first GLB chunk is not JSON');
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length))) as GltfJson;
}

/** Triangles drawn for the default scene: a mesh used by several nodes counts once per node. */
export function countTriangles(json: GltfJson): number {
  const nodes = json.nodes ?? [];
  const meshTriangles = (meshIndex: number): number => {
    let n = 0;
    for (const p of json.meshes?.[meshIndex]?.primitives ?? []) {
      if ((p.mode ?? 4) !== 4) continue; // only TRIANGLES are used here
      const accessor = p.indices ?? p.attributes.POSITION;
      n += Math.floor((accessor === undefined ? 0 : (json.accessors?.[accessor]?.count ?? 0)) / 3);
    }
    return n;
  };
  const visit = (i: number): number => {
    const node = nodes[i];
    if (!node) return 0;
    let n = node.mesh === undefined ? 0 : meshTriangles(node.mesh);
    for (const c of node.children ?? []) n += visit(c);
    return n;
  };
  const scene = json.scenes?.[json.scene ?? 0];
  return (scene?.nodes ?? []).reduce((sum, i) => sum + visit(i), 0);
}

export function nodeNames(json: GltfJson): Set<string> {
  return new Set((json.nodes ?? []).map((n) => n.name ?? ''));
}

/**
 * Serialise a document to compressed GLB bytes (lib/compress.ts). NodeIO output and the meshopt
 * encoder are deterministic (no timestamps), so a rebuild matches the committed file byte for byte.
 */
export async function writeGlb(doc: Document): Promise<Uint8Array> {
  return (await compressedIO()).writeBinary(await compressModel(doc));
}
