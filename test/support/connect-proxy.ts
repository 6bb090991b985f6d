// An HTTP proxy on 127.0.0.1 that tunnels CONNECT requests and counts them: the probe's proxy path, for
// real (undici's ProxyAgent), in the tests of the probe and of the installed package.
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';

export interface ConnectProxy {
  url: string;
  /** CONNECT tunnels opened so far. */
  tunnels(): number;
  server: Server;
  close(): void;
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  let tunnels = 0;
  const server = createServer().on('connect', (req, client) => {
    tunnels++;
    const [host, port] = req.url!.split(':');
    const upstream = connect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, tunnels: () => tunnels, server, close: () => server.close() };
}
