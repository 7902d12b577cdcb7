/**
 * Shrinks a model for the wire: meshopt compression (EXT_meshopt_compression) over quantised
 * attributes (KHR_mesh_quantization). Static hosts rarely gzip `model/gltf-binary`, so the file
 * itself must be small: about a third of the plain GLB, decoded in the browser by three's
 * MeshoptDecoder (src/scene/useMachineModel.ts).
 *
 * Quantising positions moves each mesh into a unit box and puts the box back with a transform on
 * the node holding the mesh. Named nodes are what the code moves and looks up (origin on the
 * pivot, see tools/models/README.md), so their own transforms must stay as modelled: each named
 * node's mesh moves first into an unnamed child, and only that child gets the quantisation
 * transform. Names, pivots and world positions are unchanged; a named node's mesh is a child of it.
 */
import { Logger, NodeIO, type Document } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

/** Moves every named node's mesh into an unnamed child at the identity transform. */
export function meshesIntoChildren(doc: Document): void {
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh || node.getName() === '') continue;
    node.setMesh(null);
    node.addChild(doc.createNode('').setMesh(mesh));
  }
}

/** The compressed document (changed in place); write it with `compressedIO()`. */
export async function compressModel(doc: Document): Promise<Document> {
  await MeshoptEncoder.ready;
  doc.setLogger(new Logger(Logger.Verbosity.WARN)); // no "prune: removed..." lines in the build log
  meshesIntoChildren(doc);
  // 'high': positions 14 bits, texcoords 12, normals 8 bits through the octahedral filter.
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high' }));
  return doc;
}

/** A NodeIO that writes (and reads) meshopt-compressed, quantised GLB. */
export async function compressedIO(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  return new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
}
