/**
 * Each file in the offline cache carries the revision it was stored at (a response header), so the
 * app can tell "stored" from "stored, but an older version". Used by the service worker and the
 * downloads; works on any Response (no DOM beyond the Fetch API).
 */
export const REVISION_HEADER = 'X-Gladi-Revision';

/** A copy of `response` (body read in full) that says which revision it is. */
export async function withRevision(response: Response, revision: string): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, revision);
  // Stored once for every kind of request (a download, a module script, an image): no Vary.
  headers.delete('Vary');
  const body = await response.arrayBuffer();
  headers.set('Content-Length', String(body.byteLength));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
