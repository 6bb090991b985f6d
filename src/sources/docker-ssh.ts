// An ssh:// engine through one SSH connection for the whole run, as `docker -H ssh://…` does. docker-modem
// logs in again for every request: 32 container reads at once were 32 logins, which sshd's MaxStartups (10
// by default) starts dropping, and a host with a few dozen containers did not fit the deadline. Here one
// login, then `docker system dial-stdio` channels, at most MAX_CHANNELS open at a time, each kept for the next
// request (HTTP keep-alive, as the docker CLI does): the remote docker CLI takes ~0.5 s to start.
import { Agent } from 'node:http';
import type { Socket } from 'node:net';
import { userInfo } from 'node:os';
import type * as Ssh2 from 'ssh2';
import { lazyRequire } from '../lazy.js';

/** Below sshd's MaxSessions (10 by default): a channel past it is refused, not queued. */
const MAX_CHANNELS = 8;

export interface SshTarget {
  host: string;
  port: number;
  username?: string;
  /** SSH_AUTH_SOCK: the key stays in the agent, as with the docker CLI's ssh. */
  agent?: string;
}

export interface SshEngine {
  /** For dockerode as `agent` (with protocol http): each request is an HTTP exchange over its own channel. */
  agent: Agent;
  /** Ends the connection, whatever is still open on it. */
  close(): void;
}

/** Connects on the first request; `signal` ends the connection (the run's deadline, or the engine's end). */
export function sshEngine(target: SshTarget, signal: AbortSignal): SshEngine {
  let client: Ssh2.Client | undefined;
  let ready: Promise<Ssh2.Client> | undefined;
  const close = () => client?.end();
  signal.addEventListener('abort', close, { once: true });
  const connect = (): Promise<Ssh2.Client> =>
    new Promise((resolve, reject) => {
      const { Client } = lazyRequire<typeof Ssh2>('ssh2');
      const c = new Client();
      client = c;
      c.once('ready', () => resolve(c))
        .on('error', reject)
        .once('close', () => reject(Object.assign(new Error('the SSH connection closed'), { code: 'ECONNRESET' })));
      // No readyTimeout of its own: the run's deadline ends the connection.
      c.connect({
        host: target.host,
        port: target.port,
        username: target.username ?? localUser(),
        ...(target.agent ? { agent: target.agent } : {}),
        readyTimeout: 0,
      });
    });
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_CHANNELS });
  // Node's Agent takes a connection through a callback too (docker-modem's own ssh agent does the same).
  (agent as unknown as { createConnection: unknown }).createConnection = (
    _options: unknown,
    done: (error: Error | null, socket?: Socket) => void,
  ) => {
    if (signal.aborted) return done(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' }));
    ready ??= connect();
    ready.then(
      (c) =>
        c.exec('docker system dial-stdio', (error, channel) => (error ? done(error) : done(null, asSocket(channel)))),
      (error: Error) => done(error),
    );
  };
  return {
    agent,
    close() {
      signal.removeEventListener('abort', close);
      close();
    },
  };
}

/** What Node's HTTP agent calls on a kept socket, none of which means anything for a channel. */
function asSocket(channel: Ssh2.ClientChannel): Socket {
  const self = () => channel;
  return Object.assign(channel, {
    setKeepAlive: self,
    setNoDelay: self,
    setTimeout: self,
    ref: self,
    unref: self,
  }) as unknown as Socket;
}

/** ssh's default user: the local one. */
function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'root';
  }
}
