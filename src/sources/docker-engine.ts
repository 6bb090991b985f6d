// Where a Docker engine is and how to reach it: DOCKER_HOST / --docker-host (unix://, tcp:// with or
// without TLS, ssh://), DOCKER_CERT_PATH and DOCKER_TLS_VERIFY, as the docker CLI reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

/** The options dockerode (docker-modem) takes for one engine address. */
export interface EngineOptions {
  socketPath?: string;
  host?: string;
  port?: number;
  protocol?: 'http' | 'https' | 'ssh';
  username?: string;
  /** For ssh://: the agent that holds the key (docker-modem reads SSH_AUTH_SOCK only for DOCKER_HOST itself). */
  sshOptions?: { agent?: string };
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  /** Not for ssh://, whose streams have no socket timeout; our own deadline bounds every call anyway. */
  timeout?: number;
}

export function engineOptions(address: string, env: NodeJS.ProcessEnv, timeout: number): EngineOptions {
  const url = new URL(address.includes('://') ? address : `tcp://${address}`);
  switch (url.protocol) {
    case 'unix:':
    case 'npipe:':
      return { socketPath: decodeURIComponent(url.pathname), timeout };
    case 'ssh:':
      return { protocol: 'ssh', host: url.hostname, port: Number(url.port || 22), username: url.username || undefined, sshOptions: { agent: env.SSH_AUTH_SOCK } };
    case 'tcp:':
    case 'http:':
    case 'https:': {
      const certPath = env.DOCKER_CERT_PATH;
      const tls = url.protocol === 'https:' || (env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '' && env.DOCKER_TLS_VERIFY !== '0') || Boolean(certPath);
      const pem = (name: string) => (certPath ? readFileSync(join(certPath, name)) : undefined);
      return {
        host: url.hostname, port: Number(url.port || (tls ? 2376 : 2375)), protocol: tls ? 'https' : 'http', timeout,
        ...(tls && certPath ? { ca: pem('ca.pem'), cert: pem('cert.pem'), key: pem('key.pem') } : {}),
      };
    }
    default:
      throw new Error(`unsupported Docker host ${address}`);
  }
}

/** The engines to ask: --docker-host, else DOCKER_HOST, else the local socket. */
export function engineAddresses(given: string[] | undefined, env: NodeJS.ProcessEnv): string[] {
  if (given?.length) return given;
  return [env.DOCKER_HOST || DEFAULT_DOCKER_HOST];
}
