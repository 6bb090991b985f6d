// A hostile or careless API on 127.0.0.1: it records every request and echoes what it received (the
// credential, the model from the path) back in its answer headers and error messages, the way some
// gateways and proxies do. Whatever it echoes must not reach claude-doctor's output unredacted.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type EchoMode =
  /** 401 with the credential in the message, and in request-id, anthropic-organization-id, rate-limit headers. */
  | 'echo'
  /** The same, with the credential broken in the message by a zero-width space, a space and an escaped quote. */
  | 'echo-broken'
  /** 404 `model: <model>`, the API's own words, with the model taken from the request path. */
  | 'model'
  /** 200 with an ordinary request id, which must stay visible. */
  | 'ok';

export interface EchoApi {
  url: string;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  requestId: string;
  close(): Promise<void>;
}

export async function startEchoApi(mode: EchoMode): Promise<EchoApi> {
  const requests: EchoApi['requests'] = [];
  const requestId = 'req_011CSHoEeqs5C35K2UUqR7Fy';
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    const credential = String(
      req.headers['x-api-key'] ?? /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '',
    );
    const envelope = (type: string, message: string) =>
      JSON.stringify({ type: 'error', error: { type, message }, request_id: requestId });
    const model = decodeURIComponent(/\/v1\/models\/([^?]+)/.exec(req.url ?? '')?.[1] ?? '');
    if (mode === 'ok') {
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': requestId });
      res.end(JSON.stringify(model ? { type: 'model', id: model } : { data: [], has_more: false }));
    } else if (mode === 'model') {
      res.writeHead(404, { 'content-type': 'application/json', 'request-id': requestId });
      res.end(envelope('not_found_error', `model: ${model}`));
    } else {
      const shown =
        mode === 'echo'
          ? credential
          : `${credential.slice(0, 30)}\u200b${credential.slice(30, 60)} ${credential.slice(60, 80)}\\"${credential.slice(80)}`;
      res.writeHead(401, {
        'content-type': 'application/json',
        'request-id': credential,
        'anthropic-organization-id': `Bearer ${credential}`,
        'anthropic-ratelimit-requests-remaining': credential,
        'retry-after': credential,
      });
      res.end(envelope('authentication_error', `invalid x-api-key: ${shown} (received x-api-key: "${shown}")`));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestId,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
