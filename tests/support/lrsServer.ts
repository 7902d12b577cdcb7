import { xapiProblems as validate } from './xapiValidator.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';

/**
 * A small Learning Record Store for tests, on 127.0.0.1 and a random port. It does what the outbox
 * relies on: the version header, Basic auth, validation of every statement (400 with the errors),
 * statements kept by id (the same statement again is accepted; different content under a known id
 * is 409), and it can go offline (connections refused) and come back on the same port.
 */
export interface LrsServer {
  /** The xAPI endpoint, with a trailing slash (`http://127.0.0.1:<port>/xapi/`). */
  readonly endpoint: string;
  /** Stored statements by id. */
  readonly statements: ReadonlyMap<string, unknown>;
  /** Every statement id in every request that reached the server (re-sends appear more than once). */
  readonly received: readonly string[];
  /** Each request's status, in order. */
  readonly responses: readonly number[];
  /** Answer the next requests with this status (and headers) instead of handling them: 500, 503, 429... */
  failNext(count: number, status: number, headers?: Record<string, string>): void;
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

export interface LrsServerOptions {
  readonly key: string;
  readonly secret: string;
}

const VERSION = /^1\.0(\.\d+)?$/;
/** The app's page (another origin) posts here from a browser test: allow it, as a real LRS must. */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Expose-Headers': 'Retry-After, X-Experience-API-Version',
};

export async function startLrsServer(options: LrsServerOptions): Promise<LrsServer> {
  const statements = new Map<string, unknown>();
  const received: string[] = [];
  const responses: number[] = [];
  const failures: { status: number; headers: Record<string, string> }[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${options.key}:${options.secret}`, 'utf8').toString('base64')}`;

  const reply = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    responses.push(status);
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...CORS, 'X-Experience-API-Version': '1.0.3', ...(text ? { 'Content-Type': 'application/json' } : {}), ...headers });
    res.end(text);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = await readBody(req);
    if (url.pathname !== '/xapi/statements') return reply(res, 404, { error: 'not found' });
    if (req.method === 'OPTIONS') return reply(res, 204);
    if (req.method !== 'POST' && req.method !== 'PUT') return reply(res, 405, { error: 'method not allowed' });
    if (!VERSION.test(String(req.headers['x-experience-api-version'] ?? ''))) return reply(res, 400, { error: 'X-Experience-API-Version header missing or unsupported' });
    if (req.headers.authorization !== expectedAuth) return reply(res, 401, { error: 'unauthorised' });
    const failure = failures.shift();
    if (failure) return reply(res, failure.status, { error: 'injected failure' }, failure.headers);

    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return reply(res, 400, { error: 'body is not JSON' });
    }
    const batch = Array.isArray(parsed) ? parsed : [parsed];
    if (req.method === 'PUT') {
      const id = url.searchParams.get('statementId');
      if (!id || Array.isArray(parsed)) return reply(res, 400, { error: 'PUT takes one statement and a statementId' });
      if (typeof parsed === 'object' && parsed !== null && 'id' in parsed && parsed.id !== id) return reply(res, 400, { error: 'statementId does not match the statement id' });
      batch[0] = { ...(parsed as object), id };
    }
    for (const s of batch) received.push(String((s as { id?: unknown }).id));

    const errors = batch.flatMap((s, index) => validate(s).map((w) => ({ index, id: (s as { id?: unknown }).id, message: w.message, path: w.path })));
    if (errors.length > 0) return reply(res, 400, { error: 'invalid statement', errors });
    for (const s of batch) {
      const id = (s as { id?: unknown }).id;
      // The outbox always sends ids (deterministic ones): a statement without one is a bug here.
      if (typeof id !== 'string') return reply(res, 400, { error: 'statement without id' });
      if (statements.has(id) && !isDeepStrictEqual(statements.get(id), s)) return reply(res, 409, { error: `statement ${id} exists with different content` });
    }
    // A batch is stored whole or not at all (xAPI: the LRS refuses the request when one statement fails).
    for (const s of batch) statements.set((s as { id: string }).id, s);
    if (req.method === 'PUT') return reply(res, 204);
    return reply(res, 200, batch.map((s) => (s as { id: string }).id));
  }

  let server: Server = makeServer();
  function makeServer(): Server {
    return createServer((req, res) => {
      handle(req, res).catch((error: unknown) => reply(res, 500, { error: String(error) }));
    });
  }
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const shut = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      // Keep-alive sockets would keep "offline" reachable: cut them.
      server.closeAllConnections();
    });

  const port = await listen(0);
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    statements,
    received,
    responses,
    failNext: (count, status, headers = {}) => {
      for (let i = 0; i < count; i++) failures.push({ status, headers });
    },
    goOffline: shut,
    goOnline: async () => {
      if (server.listening) return;
      server = makeServer();
      await listen(port);
    },
    close: shut,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
