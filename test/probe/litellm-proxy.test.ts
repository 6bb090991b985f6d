// probeProxy against real local servers: the fake LiteLLM proxy (test/support/fake-litellm.ts) and a few
// that answer what no proxy should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_ENDPOINT, probeProxy } from '../../src/probe/litellm-proxy.js';
import { probe, type ProbeTarget } from '../../src/probe/anthropic.js';
import { startConnectProxy } from '../support/connect-proxy.js';
import { startFakeProxy, type FakeProxy } from '../support/fake-litellm.js';
import { startServer, type Handler, type Recorder } from '../support/hostile.js';

const KEY = 'sk-proxy-unit-key-0001';
const target = (baseUrl: string, extra: Partial<ProbeTarget> = {}): ProbeTarget => ({
  credential: KEY,
  scheme: 'bearer',
  baseUrl,
  style: 'litellm-proxy',
  profiles: ['p3'],
  ...extra,
});
const soon = () => Date.now() + 3000;

describe('probeProxy', () => {
  let proxy: FakeProxy;
  const servers: Recorder[] = [];
  const serve = async (h: Handler) => {
    const s = await startServer(h);
    servers.push(s);
    return s.url;
  };
  beforeAll(async () => {
    const many = Array.from({ length: 25 }, (_, i) => `m${i}`);
    proxy = await startFakeProxy({ [KEY]: ['claude', 'claude-haiku'], 'sk-many-models-0001': many });
  });
  afterAll(async () => {
    await proxy.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  it('a served model: litellm/proxy-ok, with the count, the names and the redacted base URL', async () => {
    const r = await probeProxy(target(proxy.url, { model: 'claude' }), soon());
    expect(r).toMatchObject({
      profiles: ['p3'],
      endpoint: PROXY_ENDPOINT,
      status: 200,
      code: 'litellm/proxy-ok',
      args: { status: 200, count: 2, served: ['claude', 'claude-haiku'], model: 'claude', baseUrl: proxy.url },
    });
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
    expect(proxy.requests.at(-1)).toMatchObject({ path: '/v1/models' });
    expect(proxy.requests.at(-1)!.headers).toMatchObject({
      authorization: `Bearer ${KEY}`,
      accept: 'application/json',
    });
  });

  it('no model asked: ok without one; a model not served: litellm/proxy-model-unknown', async () => {
    const none = await probeProxy(target(proxy.url), soon());
    expect(none.code).toBe('litellm/proxy-ok');
    expect(none.args).not.toHaveProperty('model');
    const other = await probeProxy(target(proxy.url, { model: 'claude-sonnet-4-6' }), soon());
    expect(other).toMatchObject({
      status: 200,
      code: 'litellm/proxy-model-unknown',
      args: { model: 'claude-sonnet-4-6' },
    });
  });

  it('at most 20 names are kept, the count is all of them', async () => {
    const r = await probeProxy(target(proxy.url, { credential: 'sk-many-models-0001' }), soon());
    expect(r.args).toMatchObject({ count: 25 });
    expect((r.args as { served: string[] }).served).toHaveLength(20);
  });

  it("an unknown key: LiteLLM's 401 is auth/litellm-proxy-key", async () => {
    const r = await probeProxy(target(proxy.url, { credential: 'sk-unknown-0000001' }), soon());
    expect(r).toMatchObject({ status: 401, code: 'auth/litellm-proxy-key' });
  });

  it('a 200 that is not JSON, or JSON without a list: api/unexpected-response with its status', async () => {
    const html = await serve((_q, res) => res.end('<html>'));
    expect(await probeProxy(target(html), soon())).toMatchObject({ code: 'api/unexpected-response', status: 200 });
    const object = await serve((_q, res) => res.end('{"data":{}}'));
    expect(await probeProxy(target(object), soon())).toMatchObject({ code: 'api/unexpected-response', status: 200 });
    const ids = await serve((_q, res) => res.end('{"data":[{"id":1},{"name":"x"},null,{"id":"ok"}]}'));
    expect((await probeProxy(target(ids), soon())).args).toMatchObject({ count: 1, served: ['ok'] });
  });

  it('an error page that is not JSON is still read by its status', async () => {
    const url = await serve((_q, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    });
    expect(await probeProxy(target(url), soon())).toMatchObject({ status: 502, code: 'api/unexpected-response' });
  });

  it('a body past the limit is cut off: unexpected-response, whatever its status', async () => {
    const url = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"data":[${'{"id":"claude"},'.repeat(10000)}{"id":"x"}]}`);
    });
    const r = await probeProxy(target(url), soon());
    expect(r.code).toBe('api/unexpected-response');
    expect((r.args as { detail?: string }).detail).toContain('longer than');
  });

  it('nothing listening: net/refused; no answer in time: net/timeout', async () => {
    expect((await probeProxy(target('http://127.0.0.1:9'), soon())).code).toBe('net/refused');
    const silent = await serve(() => undefined);
    const started = Date.now();
    expect((await probeProxy(target(silent), Date.now() + 300)).code).toBe('net/timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('the key said back in names or a message is redacted, whatever its shape', async () => {
    const url = await serve((req, res) => {
      const key = String(req.headers.authorization).slice('Bearer '.length);
      res.end(JSON.stringify({ data: [{ id: key }, { id: `a ${key} b` }, { id: 'x\u0007y' }] }));
    });
    const r = await probeProxy(target(url), soon());
    expect(JSON.stringify(r)).not.toContain(KEY);
    expect((r.args as { served: string[] }).served[2]).toBe('x?y');
    const denied = await serve((req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { message: `bad key ${String(req.headers.authorization)}`, type: 'auth_error' } }),
      );
    });
    expect(JSON.stringify(await probeProxy(target(denied), soon()))).not.toContain(KEY);
  });

  it('through HTTP_PROXY as the Anthropic probe goes; an unusable proxy is net/proxy, with nothing sent', async () => {
    const tunnel = await startConnectProxy();
    try {
      const via = { url: tunnel.url, name: 'HTTP_PROXY', valid: true, shown: `HTTP_PROXY=${tunnel.url}` };
      const before = proxy.requests.length;
      const r = await probe(target(proxy.url, { model: 'claude', proxy: via }), soon());
      expect(r).toMatchObject({ code: 'litellm/proxy-ok', endpoint: PROXY_ENDPOINT, args: { count: 2 } });
      expect(tunnel.tunnels()).toBe(1);
      const bad = { url: 'socks5://x', name: 'HTTP_PROXY', valid: false, shown: 'HTTP_PROXY=socks5://x' };
      const refused = await probe(target(proxy.url, { proxy: bad }), soon());
      expect(refused).toMatchObject({ code: 'net/proxy', endpoint: PROXY_ENDPOINT, profiles: ['p3'] });
      expect(refused.args).toEqual({ detail: 'HTTP_PROXY=socks5://x' });
      expect(tunnel.tunnels()).toBe(1);
      expect(proxy.requests.length).toBe(before + 1);
    } finally {
      tunnel.close();
    }
  });
});
