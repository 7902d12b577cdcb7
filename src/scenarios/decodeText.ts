/**
 * The bytes of a drill file as text, decoded the same way by the app (a File) and the checker
 * (node:fs). UTF-8 with or without a byte-order mark, and UTF-16 (little or big endian) with a
 * byte-order mark, as Windows editors save "Unicode" text; UTF-16 without one is recognised by
 * its zero bytes (a JSON file starts with an ASCII character). Anything else must be valid UTF-8:
 * a file in another encoding would show garbled names, so it is refused.
 */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

function encodingOf(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] !== 0 && b[1] === 0) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0 && b[1] !== 0) return 'utf-16be';
  return 'utf-8';
}

export function decodeText(bytes: Uint8Array): Decoded {
  const encoding = encodingOf(bytes);
  try {
    // `fatal`: a broken sequence is an error, not a silent U+FFFD. The decoder drops a matching byte-order mark.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: encoding === 'utf-8' ? 'not UTF-8 text: save the file as UTF-8' : `not valid ${encoding.toUpperCase()} text: save the file as UTF-8` };
  }
}
