// No three here: the model's bytes as the app downloads them, turned back into a GLB.

const GZIP_MAGIC = [0x1f, 0x8b];
const GLB_MAGIC = [0x67, 0x6c, 0x54, 0x46]; // 'glTF'

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The GLB inside a downloaded model file (src/engine/modelFile.ts). The file is gzipped; a host that
 * labels `.gz` files `Content-Encoding: gzip` makes the browser unpack it on the way, so a plain GLB
 * is taken as it is. Anything else is not a model and is named as such.
 */
export async function unpackModel(buffer: ArrayBuffer): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(buffer);
  if (startsWith(bytes, GLB_MAGIC)) return buffer;
  if (!startsWith(bytes, GZIP_MAGIC)) throw new Error('not a model file (neither gzip nor GLB)');
  if (typeof DecompressionStream === 'undefined') throw new Error('this browser cannot unpack gzip (no DecompressionStream)');
  const unpacked = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  if (!startsWith(new Uint8Array(unpacked), GLB_MAGIC)) throw new Error('the gzip file holds no GLB');
  return unpacked;
}
