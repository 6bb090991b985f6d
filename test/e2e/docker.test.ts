// End to end against a real Docker engine that this test starts (test/support/dockerd.ts): OpenHands
// containers with real image names, env vars, mounts and settings files, read by the built CLI.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerUnavailable, startDockerd, type PrivateDocker } from '../support/dockerd.js';
import { CLI, runJson, type JsonReport, codes } from '../support/fixture-case.js';
import { apiKey, oauthToken } from '../support/keys.js';
import { startFakeApi } from '../support/fake-anthropic.js';
import { sshUnavailable, startSshd } from '../support/sshd.js';
import { cannotRun } from '../support/requires.js';

const skip = cannotRun('The Docker tests', dockerUnavailable());
const TCP_PORT = 23750 + (process.pid % 200);

const at = (r: JsonReport, code: string, container: string) =>
  r.findings.filter((f) => f.code === code && (f.location as { name?: string } | undefined)?.name === container);

describe.skipIf(skip)('docker', () => {
  let engine: PrivateDocker;
  let second: PrivateDocker & { certPath?: string };
  let work: string;
  const keys = { container: apiKey(21), saved: apiKey(22), host: apiKey(23), other: apiKey(24), token: oauthToken(25) };
  const settings = (key: string, model = 'anthropic/claude-sonnet-4-6') =>
    JSON.stringify(
      {
        language: 'en',
        agent: 'CodeActAgent',
        llm_model: model,
        llm_api_key: key,
        llm_base_url: null,
        v1_enabled: null,
      },
      null,
      2,
    );

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cd-docker-'));
    chmodSync(work, 0o755);
    // --tlsverify holds for every tcp listener of a daemon: plain tcp on one engine, TLS on the other.
    [engine, second] = await Promise.all([
      startDockerd({ tcpPort: TCP_PORT }),
      startDockerd({ tlsPort: TCP_PORT + 1 }),
    ]);
    const run = (d: PrivateDocker, args: string[]) =>
      d.docker(['run', '-d', '--network', 'none', ...args, 'sleep', '600']);

    // 0.62 app: a key with a trailing space in its env, a different key saved in the Web UI, state mounted.
    mkdirSync(join(work, 'state'));
    writeFileSync(join(work, 'state/settings.json'), settings(keys.saved));
    run(engine, [
      '--name',
      'openhands-app',
      '-e',
      `LLM_API_KEY=${keys.container} `,
      '-e',
      'LLM_MODEL=anthropic/claude-sonnet-4-6',
      '-v',
      `${join(work, 'state')}:/.openhands`,
      'docker.openhands.dev/openhands/openhands:0.62',
    ]);
    // The settings changed after the container started: it is stale.
    const later = new Date(Date.now() + 3600_000);
    utimesSync(join(work, 'state/settings.json'), later, later);

    // 0.38 app without its state volume (/.openhands-state in that era).
    run(engine, [
      '--name',
      'openhands-app-old',
      '-e',
      `LLM_API_KEY=${keys.container}`,
      'docker.all-hands.dev/all-hands-ai/openhands:0.38',
    ]);

    // A stopped 0.38 app whose settings were copied in: the archive API reads stopped containers too.
    engine.docker([
      'create',
      '--network',
      'none',
      '--name',
      'openhands-app-stopped',
      '-v',
      `${join(work, 'empty')}:/.openhands-state-old`,
      'docker.all-hands.dev/all-hands-ai/openhands:0.38',
      'sleep',
      '600',
    ]);
    mkdirSync(join(work, 'copy/.openhands-state'), { recursive: true });
    writeFileSync(
      join(work, 'copy/.openhands-state/settings.json'),
      settings('**********', 'openhands/claude-sonnet-4-20250514'),
    );
    engine.docker(['cp', join(work, 'copy/.openhands-state'), 'openhands-app-stopped:/']);

    // Not OpenHands: only inspected when named with --container.
    run(engine, [
      '--name',
      'my-bot',
      '-e',
      `ANTHROPIC_API_KEY=${keys.container}`,
      '-e',
      'ANTHROPIC_BASE_URL=https://api.anthropic.com/v1',
      'local/busybox:latest',
    ]);
    // Not OpenHands either: a subscription token, for --probe-oauth.
    run(engine, ['--name', 'claude-bot', '-e', `ANTHROPIC_API_KEY=${keys.token}`, 'local/busybox:latest']);
    // A runtime container of a conversation, on the second engine.
    run(second, [
      '--name',
      'openhands-runtime-abc123',
      '-e',
      `LLM_API_KEY=${keys.other}`,
      'docker.openhands.dev/openhands/runtime:0.62-nikolaik',
    ]);
  }, 120_000);

  afterAll(() => {
    engine?.stop();
    second?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  const check = (args: string[], env: Record<string, string> = {}) =>
    runJson(['check', '--docker', ...args], work, { DOCKER_HOST: engine.host, ...env });

  it('reads the app container: its env, its saved settings, which value wins and what is wrong', async () => {
    const { json, stdout } = await check([], { LLM_API_KEY: keys.host });
    const app = json.profiles.find((p) => p.label === 'container openhands-app')!;
    expect(app).toMatchObject({ client: 'openhands-web', model: 'anthropic/claude-sonnet-4-6' });
    expect(app.sources.apiKey).toMatchObject({
      kind: 'container',
      name: 'openhands-app',
      path: '/.openhands/settings.json',
    });
    expect(at(json, 'key/whitespace', 'openhands-app')[0]!.location).toMatchObject({ env: 'LLM_API_KEY' });
    expect(at(json, 'openhands/ui-overrides-env', 'openhands-app')).toHaveLength(1);
    expect(at(json, 'docker/stale-container', 'openhands-app')[0]!.remediation.join(' ')).toContain(
      'docker restart openhands-app',
    );
    expect(at(json, 'docker/key-differs-from-host', 'openhands-app')[0]!.message).toContain(
      'environment variable LLM_API_KEY',
    );
    for (const key of Object.values(keys)) expect(stdout).not.toContain(key);
  });

  it('reports an app container without its state volume, with the path of its era', async () => {
    const { json } = await check([]);
    const missing = at(json, 'docker/no-state-volume', 'openhands-app-old');
    expect(missing[0]!.message).toContain('/.openhands-state');
    expect(at(json, 'docker/no-state-volume', 'openhands-app')).toHaveLength(0);
  });

  it('reads the settings of a stopped container through the archive API', async () => {
    const { json } = await check([]);
    expect(at(json, 'key/masked', 'openhands-app-stopped')).toHaveLength(1);
    expect(at(json, 'model/openhands-proxy', 'openhands-app-stopped')).toHaveLength(0); // a masked key is not an Anthropic key
    const profile = json.profiles.find((p) => p.label === 'container openhands-app-stopped')!;
    expect(profile.sources.apiKey).toMatchObject({ path: '/.openhands-state/settings.json' });
  });

  it('inspects only the containers named with --container, OpenHands or not', async () => {
    const { json } = await check(['--container', 'my-bot']);
    expect(json.profiles.filter((p) => p.label?.startsWith('container'))).toHaveLength(1);
    expect(at(json, 'url/v1-suffix', 'my-bot')).toHaveLength(1);
    expect(json.findings.some((f) => (f.location as { name?: string } | undefined)?.name === 'openhands-app')).toBe(
      false,
    );
  });

  it("--probe-oauth asks the usage of a container's subscription token, of the API the run names", async () => {
    const api = await startFakeApi({ [keys.token]: 'ok' }, 0, { usage: { [keys.token]: 'ok' } });
    try {
      const { json, stdout } = await check([
        '--container',
        'claude-bot',
        '--no-offline',
        '--probe-oauth',
        '--base-url',
        api.url,
      ]);
      const asked = api.requests.filter((r) => r.path === '/api/oauth/usage');
      expect(asked.map((r) => r.headers.authorization)).toEqual([`Bearer ${keys.token}`]);
      const profile = json.profiles.find((p) => p.label === 'container claude-bot')!;
      expect(json.findings.filter((f) => f.code === 'api/oauth-usage').map((f) => f.profile)).toEqual([profile.id]);
      expect(stdout).not.toContain(keys.token);
    } finally {
      await api.close();
    }
  });

  it('reads two engines in one run', async () => {
    const { json } = await check(['--docker-host', engine.host, '--docker-host', second.host]);
    const labels = json.profiles.map((p) => p.label);
    expect(labels).toContain('container openhands-app');
    expect(labels).toContain('container openhands-runtime-abc123');
  });

  it('reaches an engine over tcp:// as well as a unix socket', async () => {
    const { json } = await check(['--docker-host', `tcp://127.0.0.1:${TCP_PORT}`]);
    expect(json.profiles.map((p) => p.label)).toContain('container openhands-app');
    expect(json.findings.some((f) => f.code === 'docker/unreachable')).toBe(false);
  });

  it('reaches an engine over tcp:// with TLS and client certificates (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH)', async () => {
    const { json } = await check(['--docker-host', `tcp://127.0.0.1:${TCP_PORT + 1}`], {
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: second.certPath!,
    });
    expect(json.profiles.map((p) => p.label)).toContain('container openhands-runtime-abc123');
    expect(json.findings.some((f) => f.code === 'docker/unreachable')).toBe(false);
  });

  it.skipIf(cannotRun('The ssh:// engine test', sshUnavailable()))(
    'reaches an engine over ssh://, with the key in an ssh-agent',
    async () => {
      const sshd = await startSshd(TCP_PORT + 2, engine.host);
      try {
        // A generous deadline: each channel starts the remote docker CLI (~0.5 s here, more on a loaded CI machine).
        const address = `ssh://root@127.0.0.1:${TCP_PORT + 2}`;
        const { json, stderr } = await check(['--docker-host', address, '--timeout', '30000'], {
          SSH_AUTH_SOCK: sshd.agentSocket,
        });
        // The finding first: when the engine cannot be read, it says why.
        expect(json.findings.filter((f) => f.code === 'docker/unreachable')).toEqual([]);
        expect(json.profiles.map((p) => p.label)).toContain('container openhands-app');
        expect(stderr).toBe('');
        // One login for the whole run: a login per request was dropped by sshd's MaxStartups past ten.
        expect(sshd.logins()).toBe(1);
      } finally {
        sshd.stop();
      }
    },
  );

  it('an engine that is not there: an error with --docker, an aside without it', async () => {
    const gone = `unix://${join(work, 'nothing.sock')}`;
    const asked = await runJson(['check', '--docker', '--docker-host', gone], work);
    expect(asked.json.findings.find((f) => f.code === 'docker/unreachable')).toMatchObject({ severity: 'error' });
    expect(asked.code).toBe(1);
    const notAsked = await runJson(['check'], work, { DOCKER_HOST: gone });
    expect(notAsked.json.findings.find((f) => f.code === 'docker/unreachable')).toMatchObject({ severity: 'info' });
  });

  it('a hung engine is a timeout, not a hang', async () => {
    const path = join(work, 'hung.sock');
    const server: Server = createServer(() => {
      /* accept, never answer */
    }).listen(path);
    const started = Date.now();
    const { json } = await runJson(['check', '--docker', '--docker-host', `unix://${path}`, '--timeout', '1000'], work);
    server.close();
    expect(Date.now() - started).toBeLessThan(1000 + 2000);
    expect(json.findings.find((f) => f.code === 'docker/unreachable')!.message).toContain('did not answer in time');
  });

  it('an ssh:// engine whose server never speaks is a timeout, not a hang', async () => {
    const server: Server = createServer(() => {
      /* accept, never send the SSH banner */
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const started = Date.now();
    const address = `ssh://root@127.0.0.1:${port}`;
    const { json } = await runJson(['check', '--docker', '--docker-host', address, '--timeout', '1000'], work);
    server.close();
    expect(Date.now() - started).toBeLessThan(1000 + 2000);
    expect(json.findings.find((f) => f.code === 'docker/unreachable')!.message).toContain('did not answer in time');
  });

  it('a socket this user may not use: permission denied, with the fix', async () => {
    const run = await new Promise<{ stdout: string }>((resolve) =>
      execFile(
        'setpriv',
        [
          '--reuid=nobody',
          '--regid=nogroup',
          '--clear-groups',
          process.execPath,
          '--',
          CLI,
          'check',
          '--docker',
          '--no-env',
          '--format',
          'json',
        ],
        { cwd: work, env: { PATH: process.env.PATH ?? '', HOME: work, DOCKER_HOST: engine.host } },
        (_e, stdout) => resolve({ stdout }),
      ),
    );
    const json = JSON.parse(run.stdout) as JsonReport;
    expect(json.findings.find((f) => f.code === 'docker/permission-denied')).toMatchObject({
      severity: 'error',
      remediation: [expect.stringContaining('docker group')],
    });
  });

  it('--no-docker does not look', async () => {
    const { json } = await runJson(['check', '--no-docker'], work, { DOCKER_HOST: engine.host });
    expect(codes(json).filter((c) => c.startsWith('docker/'))).toEqual([]);
    expect(json.profiles.some((p) => p.label?.startsWith('container'))).toBe(false);
  });
});
