// A private Docker engine for the tests (dockerd run by hand, stopped by its pid): its own socket, data
// root and exec root under a temp dir, vfs storage, no bridge, no iptables. Images are imported from
// Debian's busybox-static and tagged with real OpenHands names; nothing is pulled. The daemon is
// stopped by its pid, also when a test fails or the process exits.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, copyFileSync, chmodSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateDocker {
  dir: string;
  socket: string;
  /** DOCKER_HOST for the CLI and for claude-doctor. */
  host: string;
  /** Runs the docker CLI against this engine and returns its stdout. */
  docker(args: string[], input?: string): string;
  stop(): void;
}

const BUSYBOX = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));

/** Why the Docker tests cannot run here, or undefined when they can. */
export function dockerUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'the private engine needs Linux';
  if (process.getuid?.() !== 0) return 'starting dockerd needs root (CI runs as root)';
  if (!['/usr/sbin/dockerd', '/usr/bin/dockerd'].some((p) => existsSync(p)))
    return 'dockerd is not installed (apt-get install docker.io; .ci/run does)';
  if (!BUSYBOX) return 'busybox is not installed (apt-get install busybox-static; .ci/run does)';
  return undefined;
}

function ping(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath: socket, path: '/_ping', timeout: 500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

export const OPENHANDS_IMAGES = [
  'docker.openhands.dev/openhands/openhands:0.62',
  'docker.all-hands.dev/all-hands-ai/openhands:0.38',
  'docker.all-hands.dev/all-hands-ai/openhands:0.59',
  'docker.openhands.dev/openhands/runtime:0.62-nikolaik',
  'ghcr.io/openhands/agent-server:1.11.4-python',
  'docker.openhands.dev/openhands/openhands:1.4',
];

/**
 * A CA, a server and a client certificate (as `docker` expects them in DOCKER_CERT_PATH: ca.pem,
 * cert.pem, key.pem), made with openssl for 127.0.0.1.
 */
function makeCertificates(dir: string): { certPath: string; server: { ca: string; cert: string; key: string } } {
  const sh = (script: string) => execFileSync('sh', ['-c', script], { cwd: dir, stdio: 'ignore' });
  mkdirSync(join(dir, 'client'));
  sh(
    [
      'openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=test-ca -keyout ca-key.pem -out ca.pem',
      'openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server-key.pem -out server.csr',
      'printf "subjectAltName=IP:127.0.0.1\\nextendedKeyUsage=serverAuth\\n" > server.ext',
      'openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile server.ext -out server-cert.pem',
      'openssl req -newkey rsa:2048 -nodes -subj /CN=client -keyout client/key.pem -out client.csr',
      'printf "extendedKeyUsage=clientAuth\\n" > client.ext',
      'openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile client.ext -out client/cert.pem',
      'cp ca.pem client/ca.pem',
    ].join(' && '),
  );
  return {
    certPath: join(dir, 'client'),
    server: { ca: join(dir, 'ca.pem'), cert: join(dir, 'server-cert.pem'), key: join(dir, 'server-key.pem') },
  };
}

export interface EngineOptions {
  /** Also listen on tcp://127.0.0.1:<port>, plain HTTP. */
  tcpPort?: number;
  /** Also listen on tcp://127.0.0.1:<port> with TLS and client certificates; see `certPath`. */
  tlsPort?: number;
}

export async function startDockerd(opts: EngineOptions = {}): Promise<PrivateDocker & { certPath?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-dockerd-'));
  chmodSync(dir, 0o755);
  const tls = opts.tlsPort ? makeCertificates(dir) : undefined;
  const socket = join(dir, 'docker.sock');
  const log = openSync(join(dir, 'dockerd.log'), 'a');
  const daemon = spawn(
    'dockerd',
    [
      '--storage-driver=vfs',
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      `--data-root=${join(dir, 'data')}`,
      `--exec-root=${join(dir, 'exec')}`,
      `--pidfile=${join(dir, 'docker.pid')}`,
      `-H`,
      `unix://${socket}`,
      ...(opts.tcpPort ? ['-H', `tcp://127.0.0.1:${opts.tcpPort}`] : []),
      ...(tls
        ? [
            '--tlsverify',
            `--tlscacert=${tls.server.ca}`,
            `--tlscert=${tls.server.cert}`,
            `--tlskey=${tls.server.key}`,
            '-H',
            `tcp://127.0.0.1:${opts.tlsPort}`,
          ]
        : []),
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  daemon.unref();
  const pid = daemon.pid!;
  const host = `unix://${socket}`;
  const docker = (args: string[], input?: string) =>
    execFileSync('docker', args, {
      env: { ...process.env, DOCKER_HOST: host },
      input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      // busybox `sleep` as PID 1 ignores SIGTERM, so dockerd would wait 10 s per container: kill them first.
      const ids = docker(['ps', '-aq']).split('\n').filter(Boolean);
      if (ids.length) docker(['rm', '-f', ...ids]);
    } catch {
      // The engine may already be gone.
    }
    try {
      process.kill(pid, 'SIGTERM');
      for (let i = 0; i < 100 && alive(pid); i++) execFileSync('sleep', ['0.1']);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('exit', stop);

  const deadline = Date.now() + 30_000;
  while (!(await ping(socket))) {
    if (Date.now() > deadline || !alive(pid)) {
      stop();
      throw new Error(`dockerd did not start; see its log`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  // A tiny image from busybox-static, tagged with the names of every OpenHands era.
  const rootfs = join(dir, 'rootfs');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  copyFileSync(BUSYBOX!, join(rootfs, 'bin/busybox'));
  chmodSync(join(rootfs, 'bin/busybox'), 0o755);
  for (const c of ['sh', 'sleep', 'cat', 'env', 'mkdir', 'touch']) symlinkSync('busybox', join(rootfs, 'bin', c));
  execFileSync('sh', ['-c', `tar -C "${rootfs}" -c . | docker import - local/busybox:latest >/dev/null`], {
    env: { ...process.env, DOCKER_HOST: host },
  });
  for (const image of OPENHANDS_IMAGES) docker(['tag', 'local/busybox:latest', image]);
  return { dir, socket, host, docker, stop, ...(tls ? { certPath: tls.certPath } : {}) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
