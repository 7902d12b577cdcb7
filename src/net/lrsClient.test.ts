import { describe, expect, it } from 'vitest';
import type { XapiStatement } from '../records/export/xapiTypes.ts';
import { basicAuth, lrsSender, outcomeOf, retryAfterMsOf, statementsUrl } from './lrsClient.ts';

const NOW = Date.parse('2026-12-02T03:00:00Z');

describe('LRS client', () => {
  it('maps HTTP answers to what the outbox does', () => {
    const o = (status: number, retryAfter: string | null = null) => outcomeOf(status, 'Status', '', retryAfter, NOW).kind;
    expect([200, 204].map((s) => o(s))).toEqual(['accepted', 'accepted']);
    expect([400, 409, 413].map((s) => o(s))).toEqual(['invalid', 'invalid', 'invalid']);
    expect([401, 403].map((s) => o(s))).toEqual(['unauthorised', 'unauthorised']);
    expect([404, 405, 410].map((s) => o(s))).toEqual(['misconfigured', 'misconfigured', 'misconfigured']);
    expect([408, 429, 500, 502, 503].map((s) => o(s))).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
    expect(outcomeOf(400, 'Bad Request', ' {"error":"verb.id"} ', null, NOW)).toEqual({ kind: 'invalid', status: 400, reason: '{"error":"verb.id"}' });
    expect(outcomeOf(400, '', '', null, NOW)).toMatchObject({ reason: 'HTTP 400' });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMsOf('120', NOW)).toBe(120_000);
    expect(retryAfterMsOf(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(30_000);
    expect(retryAfterMsOf(new Date(NOW - 30_000).toUTCString(), NOW)).toBe(0);
    expect(retryAfterMsOf('soon', NOW)).toBeUndefined();
    expect(retryAfterMsOf(null, NOW)).toBeUndefined();
    expect(outcomeOf(429, '', '', '7', NOW)).toMatchObject({ kind: 'retry', status: 429, retryAfterMs: 7_000 });
  });

  it('Basic auth is UTF-8 base64 of key:secret; the URL is <endpoint>statements', () => {
    expect(basicAuth('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect(basicAuth('pelatih', 'kunci-ü')).toBe(`Basic ${Buffer.from('pelatih:kunci-ü', 'utf8').toString('base64')}`);
    expect(statementsUrl('https://lrs.example.org/xapi')).toBe('https://lrs.example.org/xapi/statements');
    expect(statementsUrl('https://lrs.example.org/xapi/')).toBe('https://lrs.example.org/xapi/statements');
  });

  it('POSTs JSON with the version header and auth; a fetch that throws is a retry', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fake = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response('["a"]', { status: 200 });
    }) as unknown as typeof fetch;
    const batch = [{ id: 'a' }] as unknown as XapiStatement[];
    expect(await lrsSender({ endpoint: 'https://lrs.example.org/xapi/', key: 'k', secret: 's' }, { fetch: fake })(batch)).toEqual({ kind: 'accepted' });
    expect(seen[0]!.url).toBe('https://lrs.example.org/xapi/statements');
    expect(seen[0]!.init).toMatchObject({ method: 'POST', body: '[{"id":"a"}]', headers: { 'X-Experience-API-Version': '1.0.3', Authorization: basicAuth('k', 's'), 'Content-Type': 'application/json' } });

    const offline = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    expect(await lrsSender({ endpoint: 'https://x/', key: 'k', secret: 's' }, { fetch: offline })(batch)).toMatchObject({ kind: 'retry', reason: 'network: TypeError: fetch failed' });
  });
});
