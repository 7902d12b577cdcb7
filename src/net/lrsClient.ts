import type { XapiStatement } from '../records/export/xapiTypes.ts';
import type { Send, SendOutcome } from '../records/outbox/types.ts';
import { withTrailingSlash, type LrsSettings } from './lrsSettings.ts';

export const XAPI_VERSION = '1.0.3';
/** A POST that has not answered by then counts as a network failure (a tablet on a weak link must not hang). */
export const LRS_REQUEST_TIMEOUT_MS = 30_000;
/** How much of an LRS error body is kept as the rejection reason. */
const MAX_REASON_CHARS = 500;

export interface LrsClientOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  /** Wall-clock now (ms), to turn an HTTP-date Retry-After into a wait. */
  readonly now?: () => number;
}

/** `Authorization: Basic …` for a key and secret (UTF-8, as RFC 7617 allows). */
export function basicAuth(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

export function statementsUrl(endpoint: string): string {
  return new URL('statements', withTrailingSlash(endpoint)).toString();
}

/** The outbox's `send`: POSTs a batch to `<endpoint>statements` and maps the answer to a SendOutcome. */
export function lrsSender(settings: LrsSettings, options: LrsClientOptions = {}): Send {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? LRS_REQUEST_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const url = statementsUrl(settings.endpoint);
  const authorization = basicAuth(settings.key, settings.secret);
  return async (batch: readonly XapiStatement[]): Promise<SendOutcome> => {
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorization },
        body: JSON.stringify(batch),
        // AbortSignal.timeout is missing on older tablet browsers: then the browser's own timeout applies.
        ...(typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
      });
    } catch (error) {
      // fetch rejects only when no HTTP answer came: offline, DNS, refused, CORS, timeout.
      return { kind: 'retry', reason: `network: ${error instanceof Error ? error.name + ': ' + error.message : String(error)}` };
    }
    const body = await response.text().catch(() => '');
    return outcomeOf(response.status, response.statusText, body, response.headers.get('Retry-After'), now());
  };
}

/** How the outbox should treat an LRS answer (xAPI 1.0.3 part 3, §2.1 Statement Resource; RFC 9110 Retry-After). */
export function outcomeOf(status: number, statusText: string, body: string, retryAfter: string | null, now: number): SendOutcome {
  const reason = (body.trim() || statusText || `HTTP ${status}`).slice(0, MAX_REASON_CHARS);
  if (status >= 200 && status < 300) return { kind: 'accepted' };
  if (status === 400 || status === 409 || status === 413) return { kind: 'invalid', status, reason };
  if (status === 401 || status === 403) return { kind: 'unauthorised', status, reason };
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = retryAfterMsOf(retryAfter, now);
    return { kind: 'retry', status, reason, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  return { kind: 'misconfigured', status, reason };
}

/** Retry-After as delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function retryAfterMsOf(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
