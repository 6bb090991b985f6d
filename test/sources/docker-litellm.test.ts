// LiteLLM containers: which ones (image, or a command that starts litellm), which config file, which
// environment, and where a value inside that file is shown.
import { describe, expect, it } from 'vitest';
import { where } from '../../src/catalog/words.js';
import { classifyContainer } from '../../src/sources/docker-images.js';
import { containerEnv, litellmConfigPath, readLitellmInContainer } from '../../src/sources/docker-litellm.js';
import { isContainerList, isInspectedContainer } from '../../src/sources/docker-shapes.js';

describe('classifyContainer: LiteLLM', () => {
  it.each([
    'ghcr.io/berriai/litellm:main-stable',
    'ghcr.io/berriai/litellm-database:main-v1.50.0',
    'berriai/litellm@sha256:abc',
    'docker.io/litellm/litellm:v1.74.0-stable',
    'ghcr.io/berriai/litellm',
  ])('%s is a proxy', (image) => expect(classifyContainer(image, ['x']).kind).toBe('litellm'));

  it.each(['ghcr.io/berriai/litellmx-ui:1', 'ghcr.io/acme/litellm-proxy:1', 'litellm:1', 'busybox'])(
    '%s is not, by its image',
    (image) => expect(classifyContainer(image, ['x']).kind).toBe('other'),
  );

  it('a command that starts litellm makes any image a proxy; a word that only contains it does not', () => {
    expect(classifyContainer('acme/gw:1', ['gw'], 'litellm --config /c.yaml').kind).toBe('litellm');
    expect(classifyContainer('acme/gw:1', ['gw'], '/usr/local/bin/litellm --port 4000').kind).toBe('litellm');
    expect(classifyContainer('acme/gw:1', ['gw'], 'python -m litellm').kind).toBe('litellm');
    expect(classifyContainer('acme/gw:1', ['gw'], 'run-litellm-ui --x').kind).toBe('other');
    expect(classifyContainer('acme/gw:1', ['gw'], 'litellmctl').kind).toBe('other');
    expect(classifyContainer('acme/gw:1', ['gw']).kind).toBe('other');
    // OpenHands keeps its own kind whatever its command says.
    expect(classifyContainer('docker.openhands.dev/openhands/openhands:0.62', ['a'], 'litellm').kind).toBe('app');
  });
});

describe('classifyContainer: OpenHands kinds and versions (the proxy check comes after them)', () => {
  it.each([
    ['docker.openhands.dev/openhands/openhands:0.62', ['x'], { kind: 'app', version: '0.62' }],
    ['docker.openhands.dev/openhands/runtime:0.62-nikolaik', ['x'], { kind: 'runtime', version: '0.62' }],
    ['ghcr.io/openhands/agent-server:1.11.4-python', ['x'], { kind: 'agent-server' }],
    ['docker.all-hands.dev/all-hands-ai/openhands:v0.59.1', ['x'], { kind: 'app', version: '0.59' }],
    ['openhands:latest', ['x'], { kind: 'app' }],
    ['busybox', ['other', 'openhands-app-1'], { kind: 'app' }],
    ['busybox', ['openhands-runtime-abc'], { kind: 'runtime' }],
    ['busybox:1.36', ['oh-agent-server-1'], { kind: 'agent-server' }],
    ['ghcr.io/berriai/litellm:1.50', ['x'], { kind: 'litellm' }],
  ] as const)('%s %j', (image, names, expected) => {
    expect(classifyContainer(image, [...names], '')).toEqual(expected);
  });
});

describe('litellmConfigPath', () => {
  const config = (Cmd: string[] | null, extra: { Entrypoint?: string[]; WorkingDir?: string } = {}) => ({
    Image: 'i',
    Cmd,
    ...extra,
  });
  it('takes --config PATH, --config=PATH and -c PATH from the entrypoint and the arguments', () => {
    expect(litellmConfigPath(config(['--port', '4000', '--config', '/etc/l.yaml']))).toBe('/etc/l.yaml');
    expect(litellmConfigPath(config(['--config=/etc/l.yaml']))).toBe('/etc/l.yaml');
    expect(litellmConfigPath(config(['-c', '/x/y.yaml']))).toBe('/x/y.yaml');
    expect(litellmConfigPath(config(null, { Entrypoint: ['litellm', '--config', '/e.yaml'] }))).toBe('/e.yaml');
  });
  it('a relative path is the working directory’s (the image’s WORKDIR, else /)', () => {
    expect(litellmConfigPath(config(['--config', 'config.yaml'], { WorkingDir: '/app' }))).toBe('/app/config.yaml');
    expect(litellmConfigPath(config(['--config', 'conf/p.yaml']))).toBe('/conf/p.yaml');
  });
  it('no --config, a --config without a value or a blank one: /app/config.yaml', () => {
    for (const cmd of [['--port', '4000'], ['--config'], ['--config='], null])
      expect(litellmConfigPath(config(cmd))).toBe('/app/config.yaml');
  });
});

describe('containerEnv', () => {
  it('NAME=value pairs, a value with = in it whole, a bare NAME unset', () => {
    expect(containerEnv(['A=1', 'B=x=y', 'C', '=z', 'D='])).toEqual({ A: '1', B: 'x=y', D: '' });
  });
});

describe('readLitellmInContainer', () => {
  const c = { id: 'abc', name: 'proxy', image: 'ghcr.io/berriai/litellm:main', hosts: ['proxy'] };
  const text = [
    'model_list:',
    '  - model_name: claude',
    '    litellm_params:',
    '      model: anthropic/claude-sonnet-4-6',
    '      api_key: os.environ/MY_KEY',
    '',
  ].join('\n');

  it("places values in the container's file and resolves references against the container's env", () => {
    const read = readLitellmInContainer({ ...c, env: { MY_KEY: 'secret-value' } }, '/app/config.yaml', text);
    expect(read.facts!.at).toEqual({
      kind: 'container',
      id: 'abc',
      name: 'proxy',
      image: c.image,
      path: '/app/config.yaml',
    });
    expect(read.facts!.proxyHosts).toEqual({ hosts: ['proxy'], ports: [] });
    const key = read.settings.find((s) => s.role === 'api_key')!;
    expect(key).toMatchObject({ name: 'MY_KEY', value: 'secret-value', source: 'env' });
    expect(key.location).toEqual({ kind: 'container', id: 'abc', name: 'proxy', image: c.image, env: 'MY_KEY' });
    const model = read.settings.find((s) => s.role === 'model')!;
    expect(model.location).toMatchObject({ kind: 'container', path: '/app/config.yaml', line: 4, key: 'model' });
  });

  it('no model_list: nothing; not YAML: a finding placed in the container', () => {
    expect(readLitellmInContainer({ ...c, env: {} }, '/app/config.yaml', 'port: 4000\n')).toEqual({
      settings: [],
      problems: [],
    });
    const bad = readLitellmInContainer({ ...c, env: {} }, '/app/config.yaml', 'model_list: [\n');
    expect(bad.facts).toBeUndefined();
    expect(bad.problems[0]).toMatchObject({
      code: 'source/yaml-invalid',
      args: { path: 'proxy:/app/config.yaml' },
      location: { kind: 'container', name: 'proxy', path: '/app/config.yaml' },
    });
  });
});

describe('engine answers with a command', () => {
  it('a list entry’s Command and an inspect answer’s Entrypoint, Cmd and WorkingDir are checked for shape', () => {
    expect(isContainerList([{ Id: 'a', Image: 'i', Command: 'litellm' }])).toBe(true);
    expect(isContainerList([{ Id: 'a', Image: 'i', Command: ['litellm'] }])).toBe(false);
    const inspected = (Config: Record<string, unknown>) => ({
      Id: 'a',
      Name: '/n',
      Config: { Image: 'i', ...Config },
      State: { Running: true },
    });
    expect(isInspectedContainer(inspected({ Cmd: ['a'], Entrypoint: null, WorkingDir: '/app' }))).toBe(true);
    expect(isInspectedContainer(inspected({ Cmd: 'a' }))).toBe(false);
    expect(isInspectedContainer(inspected({ Entrypoint: [1] }))).toBe(false);
    expect(isInspectedContainer(inspected({ WorkingDir: 3 }))).toBe(false);
  });
});

describe('where: a line of a file inside a container', () => {
  const base = { kind: 'container' as const, id: 'a', name: 'proxy', image: 'i' };
  it('path:line when the line is known, the path alone otherwise, the variable for env', () => {
    expect(where({ ...base, path: '/app/config.yaml', line: 9 }, 'en')).toBe('container proxy /app/config.yaml:9');
    expect(where({ ...base, path: '/app/config.yaml', line: 9 }, 'ja')).toBe('コンテナ proxy の /app/config.yaml:9');
    expect(where({ ...base, path: '/app/config.yaml' }, 'en')).toBe('container proxy /app/config.yaml');
    expect(where({ ...base, env: 'X', line: 3 }, 'en')).toBe('container proxy X');
  });
});
