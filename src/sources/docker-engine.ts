// Where a Docker engine is and how to reach it: DOCKER_HOST / --docker-host (unix://, tcp:// with or
// without TLS, ssh://), DOCKER_CERT_PATH and DOCKER_TLS_VERIFY, as the docker CLI reads them.
import { join } from 'node:path';
import type { SshTarget } from './docker-ssh.js';
import { readTextFile } from './read-text.js';

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
  ca?: string;
  cert?: string;
  key?: string;
}

/** An engine address that cannot be used, with the reason docker/unreachable gives. */
export class EngineAddressError extends Error {
  constructor(
    readonly reason: 'invalid-address' | 'tls-files',
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** The engine's options; throws EngineAddressError. No timeout here: the caller's deadline bounds every call. */
export function engineOptions(address: string, env: NodeJS.ProcessEnv): EngineOptions {
  let url: URL;
  try {
    url = new URL(address.includes('://') ? address : `tcp://${address}`);
  } catch {
    throw new EngineAddressError('invalid-address', 'not a URL');
  }
  switch (url.protocol) {
    case 'unix:':
    case 'npipe:':
      return { socketPath: decodeURIComponent(url.pathname) };
    case 'ssh:':
      return {
        protocol: 'ssh',
        host: url.hostname,
        port: Number(url.port || 22),
        username: url.username || undefined,
        sshOptions: { agent: env.SSH_AUTH_SOCK },
      };
    case 'tcp:':
    case 'http:':
    case 'https:': {
      const certPath = env.DOCKER_CERT_PATH;
      const tls =
        url.protocol === 'https:' ||
        (env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '' && env.DOCKER_TLS_VERIFY !== '0') ||
        Boolean(certPath);
      return {
        host: url.hostname,
        port: Number(url.port || (tls ? 2376 : 2375)),
        protocol: tls ? 'https' : 'http',
        ...(tls && certPath
          ? { ca: pem(certPath, 'ca.pem'), cert: pem(certPath, 'cert.pem'), key: pem(certPath, 'key.pem') }
          : {}),
      };
    }
    default:
      throw new EngineAddressError('invalid-address', `unsupported scheme ${url.protocol}`);
  }
}

/** An ssh:// engine's options, as src/sources/docker-ssh.ts takes them. */
export function sshTarget(options: EngineOptions): SshTarget {
  return {
    host: options.host ?? '',
    port: options.port ?? 22,
    username: options.username,
    agent: options.sshOptions?.agent,
  };
}

/** A PEM file of DOCKER_CERT_PATH, through the safe reader (a FIFO or /dev/zero there must not hang us). */
const PEM_PROBLEMS: Record<string, string> = {
  'source/too-large': 'too large',
  'source/not-text': 'not a PEM text file',
};
/** read-text.ts's details, in the words of this detail (the catalogue words it in Japanese: details.ts). */
const PEM_DETAILS: Record<string, string> = {
  fifo: 'a named pipe (FIFO)',
  'char-device': 'a character device',
  'block-device': 'a block device',
  socket: 'a socket',
  'not-regular': 'not a regular file',
  link: 'a symbolic link',
  changed: 'it changed while being read',
};

function pem(certPath: string, name: string): string {
  const file = readTextFile(join(certPath, name));
  if (file.ok) return file.text;
  const { reason, detail } = file.problem.args as { reason?: string; detail?: string };
  const why = PEM_PROBLEMS[file.problem.code] ?? (detail && (PEM_DETAILS[detail] ?? detail)) ?? reason ?? 'unreadable';
  throw new EngineAddressError('tls-files', `${join(certPath, name)}: ${why}`);
}

/** The engines to ask: --docker-host, else DOCKER_HOST, else the local socket. */
export function engineAddresses(given: string[] | undefined, env: NodeJS.ProcessEnv): string[] {
  if (given?.length) return given;
  return [env.DOCKER_HOST || DEFAULT_DOCKER_HOST];
}
