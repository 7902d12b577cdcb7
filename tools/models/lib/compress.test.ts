/**
 * A compressed model is the same model: the same named nodes under the same parents with the same
 * transforms (the code moves them about their pivots), the geometry where it was (within the
 * quantisation step), and valid glTF once decoded (the validator cannot read meshopt itself).
 */
import { NodeIO, type Document, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { getBounds } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import { describe, expect, it } from 'vitest';
import { MODELS, loadBuilder, renderModel } from '../models.ts';
import { meshesIntoChildren } from './compress.ts';
import { describeIssues, validateGlb } from './validate.ts';

const named = (doc: Document) => doc.getRoot().listNodes().filter((n) => n.getName() !== '');
const parentName = (node: Node) => node.getParentNode()?.getName() ?? '(scene)';
const pose = (node: Node) => ({ parent: parentName(node), t: node.getTranslation(), r: node.getRotation(), s: node.getScale() });

async function decoded(bytes: Uint8Array): Promise<Document> {
  await MeshoptDecoder.ready;
  return new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder }).readBinary(bytes);
}

describe.each(MODELS.map((id) => [id]))('compressed %s.glb', (id) => {
  it('is meshopt-compressed and quantised, and much smaller than plain', async () => {
    const bytes = await renderModel(id);
    const doc = await decoded(bytes);
    expect(doc.getRoot().listExtensionsUsed().map((e) => e.extensionName).sort()).toEqual(['EXT_meshopt_compression', 'KHR_mesh_quantization']);
    const plain = await new NodeIO().writeBinary((await loadBuilder(id))());
    // Mostly halves a model; one of many small named parts (each its own mesh) compresses a little less.
    expect(bytes.length).toBeLessThan(plain.length * 0.7);
  });

  it('keeps every named node, its parent and its own transform; the geometry stays in place', async () => {
    const raw = (await loadBuilder(id))();
    const doc = await decoded(await renderModel(id));
    expect(named(doc).map((n) => n.getName()).sort()).toEqual(named(raw).map((n) => n.getName()).sort());
    for (const node of named(raw)) {
      const same = named(doc).find((n) => n.getName() === node.getName())!;
      expect(pose(same), node.getName()).toEqual(pose(node));
      const [a, b] = [getBounds(node), getBounds(same)];
      if (!Number.isFinite(a.min[0])) continue; // an empty anchor: nothing to draw
      for (const k of [0, 1, 2]) {
        // 14-bit positions over a machine about 2 m across: well under a millimetre.
        expect(Math.abs(a.min[k]! - b.min[k]!), `${node.getName()} min`).toBeLessThan(0.001);
        expect(Math.abs(a.max[k]! - b.max[k]!), `${node.getName()} max`).toBeLessThan(0.001);
      }
    }
  });

  it('decoded, passes the Khronos validator with no errors or warnings', async () => {
    const doc = await decoded(await renderModel(id));
    doc.getRoot().listExtensionsUsed().find((e) => e.extensionName === 'EXT_meshopt_compression')?.dispose();
    const plain = await new NodeIO().registerExtensions([KHRMeshQuantization]).writeBinary(doc);
    const report = await validateGlb(plain, `${id}.glb`);
    expect(report.issues.numErrors, describeIssues(report)).toBe(0);
    expect(report.issues.numWarnings, describeIssues(report)).toBe(0);
  });
});

describe('meshesIntoChildren', () => {
  it('moves a named node’s mesh into an unnamed child and leaves unnamed ones alone', async () => {
    const { Document } = await import('@gltf-transform/core');
    const doc = new Document();
    const mesh = doc.createMesh('m');
    const lever = doc.createNode('Lever').setMesh(mesh).setTranslation([1, 2, 3]);
    const plain = doc.createNode('').setMesh(doc.createMesh('n'));
    meshesIntoChildren(doc);
    expect(lever.getMesh()).toBeNull();
    expect(lever.listChildren().map((c) => [c.getName(), c.getMesh(), c.getTranslation()])).toEqual([['', mesh, [0, 0, 0]]]);
    expect(plain.getMesh()).not.toBeNull();
    expect(plain.listChildren()).toEqual([]);
  });
});
