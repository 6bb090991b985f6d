// A fake LiteLLM proxy on 127.0.0.1 and a random port: GET /v1/models with the key as Bearer (or
// x-api-key), answered as the proxy answers (litellm/proxy/proxy_server.py model_list; its auth errors
// from user_api_key_auth): 200 {data:[{id, object:'model', …}], object:'list'} with the model_names the
// key may use, or 401 {error:{message:'Authentication Error, …', type:'auth_error', param:'None', code:'401'}}.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeProxy {
  url: string;
  port: number;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

const authError = (message: string) =>
  JSON.stringify({
    error: { message: `Authentication Error, ${message}`, type: 'auth_error', param: 'None', code: '401' },
  });

/** `keys`: each key the proxy accepts (its master key, virtual keys) and the model_names it may use. */
export async function startFakeProxy(keys: Record<string, string[]>): Promise<FakeProxy> {
  const requests: FakeProxy['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-litellm-version': '1.80.0' });
      res.end(body);
    };
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== '/v1/models' && path !== '/models') return send(404, JSON.stringify({ detail: 'Not Found' }));
    const key =
      /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (req.headers['x-api-key'] as string | undefined);
    if (!key) return send(401, authError('No api key passed in.'));
    const models = keys[key];
    if (!models)
      return send(
        401,
        authError(
          `Invalid proxy server token passed. Received API Key = sk-...${key.slice(-4)}, Key Hash (Token) =0f3a. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``,
        ),
      );
    const data = models.map((id) => ({ id, object: 'model', created: 1677610602, owned_by: 'openai' }));
    return send(200, JSON.stringify({ data, object: 'list' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
