// End to end against a real Docker engine (test/support/dockerd.ts): LiteLLM proxy containers, found by
// their image or by a command that starts `litellm`, whose config.yaml is read from inside the container
// (the path --config gives, relative to the working directory; else /app/config.yaml) and whose
// os.environ/X references resolve against the container's own environment, not the host's.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerUnavailable, startDockerd, type PrivateDocker } from '../support/dockerd.js';
import { runJson, type JsonReport, leaked } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';
import { cannotRun } from '../support/requires.js';

const skip = cannotRun('The LiteLLM Docker tests', dockerUnavailable());

const inContainer = (r: JsonReport, code: string, container: string) =>
  r.findings.filter((f) => f.code === code && (f.location as { name?: string } | undefined)?.name === container);

describe.skipIf(skip)('LiteLLM containers', () => {
  let engine: PrivateDocker;
  let work: string;
  const keys = { proxy: apiKey(31), gateway: apiKey(32), host: apiKey(33) };
  const master = `sk-${'m'.repeat(10)}${Date.now()}`;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cd-litellm-docker-'));
    chmodSync(work, 0o755);
    engine = await startDockerd();
    engine.docker(['tag', 'local/busybox:latest', 'ghcr.io/berriai/litellm:main-stable']);
    engine.docker(['tag', 'local/busybox:latest', 'acme/gateway:1']);

    // The official image, its config mounted at /app/config.yaml (the docs' way), keys in its environment.
    mkdirSync(join(work, 'app'));
    writeFileSync(
      join(work, 'app/config.yaml'),
      [
        'model_list:',
        '  - model_name: claude',
        '    litellm_params:',
        '      model: anthropic/claude-sonnet-4-6',
        '      api_key: os.environ/PROXY_ANTHROPIC_KEY',
        '  - model_name: backup',
        '    litellm_params:',
        '      model: anthropic/claude-sonnet-4-6',
        '      api_key: os.environ/BACKUP_KEY',
        'general_settings:',
        '  master_key: os.environ/LITELLM_MASTER_KEY',
        '',
      ].join('\n'),
    );
    engine.docker([
      'run',
      '-d',
      '--network',
      'none',
      '--name',
      'litellm',
      '-e',
      `PROXY_ANTHROPIC_KEY=${keys.proxy}`,
      '-e',
      `LITELLM_MASTER_KEY=${master}`,
      '-v',
      `${join(work, 'app')}:/app`,
      'ghcr.io/berriai/litellm:main-stable',
      'sleep',
      '600',
    ]);

    // Another image whose command starts litellm with --config relative to its working directory;
    // never started (busybox has no litellm): the archive API reads a created container too.
    engine.docker([
      'create',
      '--network',
      'none',
      '--name',
      'gateway',
      '-w',
      '/srv',
      '-e',
      `ANTHROPIC_API_KEY=${keys.gateway} `,
      'acme/gateway:1',
      'litellm',
      '--config',
      'conf/proxy.yaml',
    ]);
    mkdirSync(join(work, 'gw/srv/conf'), { recursive: true });
    writeFileSync(
      join(work, 'gw/srv/conf/proxy.yaml'),
      [
        'model_list:',
        '  - model_name: sonnet',
        '    litellm_params:',
        '      model: claude-sonnet-4-6',
        'general_settings:',
        '  master_key: sk-1234',
        '',
      ].join('\n'),
    );
    engine.docker(['cp', join(work, 'gw/srv'), 'gateway:/']);

    // A LiteLLM container whose config is not YAML.
    engine.docker([
      'create',
      '--network',
      'none',
      '--name',
      'litellm-broken',
      'ghcr.io/berriai/litellm:main-stable',
      'sleep',
      '1',
    ]);
    mkdirSync(join(work, 'broken/app'), { recursive: true });
    writeFileSync(join(work, 'broken/app/config.yaml'), 'model_list:\n  - model_name: [unclosed\n');
    engine.docker(['cp', join(work, 'broken/app'), 'litellm-broken:/']);
  }, 120_000);

  afterAll(() => {
    engine?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  const check = (args: string[] = [], env: Record<string, string> = {}) =>
    runJson(['check', '--docker', ...args], work, { DOCKER_HOST: engine.host, ...env });

  it("resolves os.environ/X against the container's environment, and says which reference is set nowhere", async () => {
    // The host has the variable the config names: it is not the container's, so it must not count.
    const { json, stdout, stderr } = await check([], { BACKUP_KEY: keys.host });
    const [claude, backup] = json.profiles.filter((p) => p.client === 'litellm' && p.label?.includes('litellm '));
    expect(claude).toMatchObject({ label: 'container litellm claude', model: 'anthropic/claude-sonnet-4-6' });
    expect(claude!.sources.apiKey).toMatchObject({ kind: 'container', name: 'litellm', env: 'PROXY_ANTHROPIC_KEY' });
    expect(backup!.apiKey).toBeUndefined();
    const missing = inContainer(json, 'litellm/env-missing', 'litellm');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.location).toMatchObject({ kind: 'container', path: '/app/config.yaml', line: 9 });
    expect(missing[0]!.message).toContain('BACKUP_KEY');
    expect(missing[0]!.message).toContain('environment of container litellm');
    expect(missing[0]!.remediation[0]).toContain('docker run -e BACKUP_KEY=');
    // The master key is set in the container: not weak.
    expect(inContainer(json, 'litellm/master-key-weak', 'litellm')).toEqual([]);
    expect(leaked(stdout + stderr)).toEqual([]);
    expect(stdout).not.toContain(master);
  });

  it('finds a proxy by its command, reads --config relative to the working directory, of a stopped container', async () => {
    const { json, stdout } = await check();
    // The container is the proxy: its ANTHROPIC_API_KEY is LiteLLM's, not an SDK program's profile.
    expect(json.profiles.filter((p) => p.label?.startsWith('container gateway')).map((p) => p.client)).toEqual([
      'litellm',
    ]);
    const [sonnet] = json.profiles.filter((p) => p.label === 'container gateway sonnet');
    expect(sonnet).toMatchObject({ client: 'litellm', model: 'claude-sonnet-4-6' });
    // No api_key in the entry: LiteLLM's fallback, ANTHROPIC_API_KEY, from the container's environment.
    expect(sonnet!.sources.apiKey).toMatchObject({ kind: 'container', name: 'gateway', env: 'ANTHROPIC_API_KEY' });
    expect(inContainer(json, 'key/whitespace', 'gateway')[0]!.location).toMatchObject({ env: 'ANTHROPIC_API_KEY' });
    expect(inContainer(json, 'litellm/master-key-weak', 'gateway')[0]!.location).toMatchObject({
      path: '/srv/conf/proxy.yaml',
      line: 6,
    });
    expect(stdout).not.toContain(keys.gateway);
  });

  it('a config that is not YAML is a finding about the file in the container', async () => {
    const { json } = await check(['--container', 'litellm-broken']);
    const invalid = json.findings.find((f) => f.code === 'source/yaml-invalid')!;
    expect(invalid.location).toMatchObject({ kind: 'container', name: 'litellm-broken', path: '/app/config.yaml' });
    expect(json.profiles.filter((p) => p.client === 'litellm')).toEqual([]);
  });
});
