// The probe's own fetch against real local servers: what it sends, what it hands back, and where it stops.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainFetch } from '../../src/probe/http-fetch.js';
import { tlsFile } from '../support/fake-anthropic.js';

type Route = (res: ServerResponse) => void;
const routes: Record<string, Route> = {
  '/ok': (res) => {
    res.writeHead(200, [
      ['Content-Type', 'application/json'],
      ['X-Many', 'a'],
      ['x-many', 'b'],
    ] as never);
    res.end('{"type":"model","id":"claude-sonnet-4-6"}');
  },
  '/redirect': (res) => {
    res.writeHead(302, { location: 'http://example.invalid/steal' });
    res.end();
  },
  '/big': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('x'.repeat(3000));
    res.end('y'.repeat(3000));
  },
  '/reset': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"type":"mo');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  '/stall': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"type":"mo');
  },
  '/hang': () => undefined,
  '/300': (res) => {
    res.writeHead(300);
    res.end();
  },
};

let base = '';
const seen: IncomingHttpHeaders[] = [];
const server = createServer((req, res) => {
  seen.push(req.headers);
  routes[req.url ?? '']?.(res);
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fresh = (limit = 64 * 1024) => {
  const cut = { truncated: false };
  return { cut, fetch: plainFetch(limit, cut) };
};

describe('plainFetch', () => {
  it('sends the given headers and hands back status, headers and body as fetch does', async () => {
    const { fetch, cut } = fresh();
    const headers = new Headers({ 'X-Api-Key': 'k1', 'anthropic-version': '2023-06-01' });
    const res = await fetch(`${base}/ok`, { method: 'GET', headers });
    expect(seen.at(-1)).toMatchObject({ 'x-api-key': 'k1', 'anthropic-version': '2023-06-01' });
    expect(res).toMatchObject({ status: 200, ok: true, statusText: 'OK', url: `${base}/ok`, bodyUsed: false });
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('X-MANY')).toBe('a, b');
    expect(await res.json()).toEqual({ type: 'model', id: 'claude-sonnet-4-6' });
    expect(res.bodyUsed).toBe(true);
    expect(cut.truncated).toBe(false);
  });

  it('takes headers as a record or as pairs too', async () => {
    const { fetch } = fresh();
    await (await fetch(`${base}/ok`, { headers: { Authorization: 'Bearer t' } })).text();
    expect(seen.at(-1)?.authorization).toBe('Bearer t');
    await (await fetch(`${base}/ok`, { headers: [['x-api-key', 'k2']] })).text();
    expect(seen.at(-1)?.['x-api-key']).toBe('k2');
  });

  it('never follows a redirect: the 302 is the answer', async () => {
    const { fetch } = fresh();
    const res = await fetch(`${base}/redirect`);
    expect(res).toMatchObject({ status: 302, ok: false, redirected: false });
    expect(res.headers.get('location')).toBe('http://example.invalid/steal');
  });

  it('reads a body to the limit only, and says it cut it off', async () => {
    const { fetch, cut } = fresh(4000);
    const text = await (await fetch(`${base}/big`)).text();
    expect(text).toHaveLength(4000);
    expect(text.startsWith('x'.repeat(3000))).toBe(true);
    expect(cut.truncated).toBe(true);
    // A body of exactly the limit is whole; one byte more is cut.
    const whole = fresh(6000);
    expect(await (await whole.fetch(`${base}/big`)).text()).toHaveLength(6000);
    expect(whole.cut.truncated).toBe(false);
    const over = fresh(5999);
    expect(await (await over.fetch(`${base}/big`)).text()).toHaveLength(5999);
    expect(over.cut.truncated).toBe(true);
  });

  it('says "terminated" for a body that broke off, as fetch does', async () => {
    const { fetch } = fresh();
    const res = await fetch(`${base}/reset`);
    const error = await res.text().then(
      () => undefined,
      (e: Error & { cause?: { code?: string } }) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toBe('terminated');
    // The words a user sees in the finding's detail: "ECONNRESET: other side closed".
    expect(error?.cause).toMatchObject({ code: 'ECONNRESET', message: 'other side closed' });
  });

  it('ends at the signal, before the answer and in the middle of its body, as an AbortError', async () => {
    const { fetch } = fresh();
    const started = Date.now();
    const early = await fetch(`${base}/hang`, { signal: AbortSignal.timeout(100) }).catch((e: Error) => e);
    expect(early).toMatchObject({ name: 'AbortError', message: 'This operation was aborted' });
    const res = await fetch(`${base}/stall`, { signal: AbortSignal.timeout(150) });
    const late = await res.text().catch((e: Error) => e);
    expect((late as Error).name).toBe('AbortError');
    expect(Date.now() - started).toBeLessThan(2000);
    const gone = new AbortController();
    gone.abort();
    await expect(fetch(`${base}/ok`, { signal: gone.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('ends a body whose read starts after the deadline passed', async () => {
    const { fetch } = fresh();
    const signal = AbortSignal.timeout(100);
    const res = await fetch(`${base}/stall`, { signal });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(signal.aborted).toBe(true);
    await expect(res.text()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('is ok for a 2xx only', async () => {
    const { fetch } = fresh();
    expect(await fetch(`${base}/300`)).toMatchObject({ status: 300, ok: false });
  });

  it('sends no header of its own', async () => {
    const { fetch } = fresh();
    await (await fetch(`${base}/ok`)).text();
    expect(Object.keys(seen.at(-1)!).sort()).toEqual(['connection', 'host']);
  });

  it('fails as fetch does on a refused connection and on a scheme that is not HTTP', async () => {
    const { fetch } = fresh();
    await expect(fetch('http://127.0.0.1:9/v1/models')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(fetch('ftp://127.0.0.1/v1/models')).rejects.toBeInstanceOf(TypeError);
  });

  it('speaks TLS to an https: URL, and checks the certificate', async () => {
    const secure = createHttpsServer(
      { cert: readFileSync(tlsFile('server-cert.pem')), key: readFileSync(tlsFile('server-key.pem')) },
      (_req, res) => res.end('{}'),
    );
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    try {
      const { fetch } = fresh();
      const url = `https://127.0.0.1:${(secure.address() as AddressInfo).port}/v1/models`;
      // This process does not trust the tests' certificate: the handshake itself says so.
      await expect(fetch(url)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    } finally {
      secure.close();
    }
  });
});
