// Where a machine's model lives. No three and no DOM: the machine modules, the home's prefetch, the
// offline file list and the Node tools all name the file through this one function.

/**
 * A machine's model: the meshopt-compressed GLB that `npm run models` writes, gzipped once more.
 * Static hosts rarely compress `model/gltf-binary` on the wire, and meshopt's output is made to be
 * followed by a general compressor (it shrinks about 4× more, most of it the JSON chunk), so the
 * file itself is gzipped and the app unpacks it (src/scene/unpackModel.ts).
 */
export const modelFileUrl = (machineId: string): string => `models/${machineId}.glb.gz`;
