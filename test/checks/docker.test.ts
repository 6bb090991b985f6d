// checks/docker.ts on container facts built here: state volumes, stale containers, keys that differ.
import { describe, expect, it } from 'vitest';
import { checkContainers, recreateCommand, restartCommand } from '../../src/checks/docker.js';
import { renderFinding } from '../../src/report/render.js';
import type { ContainerFacts } from '../../src/sources/docker.js';
import type { Setting } from '../../src/types.js';
import { apiKey } from '../support/keys.js';
import { envSetting, fileSetting } from '../support/settings.js';

const SETTINGS = '/.openhands/settings.json';

function container(over: Partial<ContainerFacts> = {}): ContainerFacts {
  return {
    engine: 'unix:///var/run/docker.sock',
    id: 'c0ffee',
    name: 'openhands-app',
    image: 'docker.openhands.dev/openhands/openhands:0.62',
    kind: 'app',
    version: '0.62',
    running: true,
    startedAt: '2026-05-01T10:00:00.123456789Z',
    mounts: [{ source: '/home/u/.openhands', destination: '/.openhands' }],
    ...over,
  };
}

function inContainer(c: ContainerFacts, name: string, value: string): Setting {
  const location = { kind: 'container' as const, id: c.id, name: c.name, image: c.image, env: name };
  return { role: 'api_key', name, value, source: 'env', location };
}

const codes = (c: ContainerFacts, settings: Setting[] = [], host: Setting[] = []) =>
  checkContainers([c], settings, host).map((f) => f.code);

describe('docker/stale-container', () => {
  // Survivor: with the time comparison gone, every running container with a settings file was stale.
  const at = (mtime: string) => container({ settingsFile: { path: SETTINGS, mtime } });
  it.each([
    ['changed after the start: stale', '2026-05-01T10:00:01.000Z', true],
    ['changed a day after the start: stale', '2026-05-02T09:00:00Z', true],
    ['changed before the start: not stale', '2026-05-01T09:59:59.999Z', false],
    ['changed at the very instant of the start: not stale', '2026-05-01T10:00:00.123456789Z', false],
  ])('settings file %s', (_, mtime, stale) => {
    expect(codes(at(mtime)).includes('docker/stale-container')).toBe(stale);
  });

  // Real shapes: docker trims the zeros of StartedAt (Go's RFC 3339), a tar header has whole seconds.
  it.each([
    ['2026-05-01T10:00:00Z', '2026-05-01T10:00:00.000Z', false],
    ['2026-05-01T10:00:00.999999999Z', '2026-05-01T10:00:01.000Z', true],
    ['2026-05-01T10:00:00.5Z', '2026-05-01T10:00:00.000Z', false],
  ])('started %s, file changed %s: stale %s', (startedAt, mtime, stale) => {
    const c = container({ startedAt, settingsFile: { path: SETTINGS, mtime } });
    expect(codes(c).includes('docker/stale-container')).toBe(stale);
  });

  // The same-second edge. The file's time comes from a tar header (whole seconds), so a change in the
  // second the container started may be from before the start, or the container's own write at
  // start-up: not stale. One second later is stale, however early in the second the start was.
  it.each([
    ['a second that starts with zeros (Go trims them)', '2026-05-01T10:00:00.0001Z', '2026-05-01T10:00:00.000Z', false],
    ['its first nanosecond', '2026-05-01T10:00:00.000000001Z', '2026-05-01T10:00:00.000Z', false],
    ['its last nanosecond', '2026-05-01T10:00:00.999999999Z', '2026-05-01T10:00:00.000Z', false],
    ['a whole second', '2026-05-01T10:00:00Z', '2026-05-01T10:00:00.000Z', false],
    [
      'a second that starts with zeros, file one second later',
      '2026-05-01T10:00:00.0001Z',
      '2026-05-01T10:00:01.000Z',
      true,
    ],
    ['a whole second, file one second later', '2026-05-01T10:00:00Z', '2026-05-01T10:00:01.000Z', true],
    ['its last nanosecond, file one second later', '2026-05-01T10:00:00.999999999Z', '2026-05-01T10:00:01.000Z', true],
    ['a whole second, file one second earlier', '2026-05-01T10:00:00Z', '2026-05-01T09:59:59.000Z', false],
    ['23:59:59 of one day, file the next day', '2026-05-01T23:59:59.9Z', '2026-05-02T00:00:00.000Z', true],
  ])('container started in %s (%s), file changed %s: stale %s', (_, startedAt, mtime, stale) => {
    const c = container({ startedAt, settingsFile: { path: SETTINGS, mtime } });
    expect(codes(c).includes('docker/stale-container')).toBe(stale);
  });

  it('says nothing when a time cannot be read', () => {
    expect(
      codes(container({ startedAt: 'soon', settingsFile: { path: SETTINGS, mtime: '2026-06-01T00:00:00Z' } })),
    ).toEqual([]);
    expect(codes(at('yesterday'))).toEqual([]);
  });

  it('shows both times to the second and the restart command', () => {
    const [f] = checkContainers([at('2026-05-01T11:30:00.000Z')], [], []);
    expect(f).toMatchObject({
      code: 'docker/stale-container',
      args: {
        container: 'openhands-app',
        startedAt: '2026-05-01T10:00:00Z',
        changedAt: '2026-05-01T11:30:00Z',
        path: SETTINGS,
        restart: 'docker restart openhands-app',
      },
      location: { kind: 'container', id: 'c0ffee', path: SETTINGS },
    });
  });

  it('says nothing for a stopped container, or one without a start time or settings file', () => {
    const mtime = '2026-06-01T00:00:00Z';
    expect(codes(container({ running: false, settingsFile: { path: SETTINGS, mtime } }))).toEqual([]);
    expect(codes(container({ startedAt: undefined, settingsFile: { path: SETTINGS, mtime } }))).toEqual([]);
    expect(codes(container())).toEqual([]);
  });
});

describe('docker/no-state-volume', () => {
  const mount = (destination: string) => ({ source: '/x', destination });
  it.each([
    ['0.62 without /.openhands', { version: '0.62', mounts: [] }, '/.openhands'],
    ['0.45 (first with /.openhands) without it', { version: '0.45', mounts: [] }, '/.openhands'],
    ['0.44 mounting only the new path', { version: '0.44', mounts: [mount('/.openhands')] }, '/.openhands-state'],
    ['0.18 without /.openhands-state', { version: '0.18', mounts: [] }, '/.openhands-state'],
    ['an untagged image without a mount', { version: undefined, mounts: [] }, '/.openhands'],
  ])('%s', (_, over, mountPath) => {
    const [f] = checkContainers([container(over)], [], []);
    expect(f).toMatchObject({ code: 'docker/no-state-volume', args: { mountPath, hostPath: `~${mountPath}` } });
  });

  it.each([
    ['0.17, before the state folder existed', { version: '0.17', mounts: [] }],
    ['0.44 with /.openhands-state', { version: '0.44', mounts: [mount('/.openhands-state')] }],
    ['a sandbox, which keeps no state', { kind: 'runtime' as const, mounts: [] }],
  ])('none for %s', (_, over) => {
    expect(codes(container(over as Partial<ContainerFacts>))).toEqual([]);
  });
});

describe('docker/key-differs-from-host', () => {
  const c = container();
  const inside = inContainer(c, 'LLM_API_KEY', apiKey(1));
  const fromConfig: Setting = { ...fileSetting('LLM_API_KEY', apiKey(2)), source: 'openhands-config' };

  it("names a container key that is not the host's current one", () => {
    const [f] = checkContainers([c], [inside], [envSetting('LLM_API_KEY', apiKey(2))]);
    expect(f).toMatchObject({
      code: 'docker/key-differs-from-host',
      args: { variable: 'LLM_API_KEY', host: { kind: 'env', name: 'LLM_API_KEY' } },
    });
  });

  it('compares with the environment before .env, in either order', () => {
    const env = envSetting('LLM_API_KEY', apiKey(1));
    const file = fileSetting('LLM_API_KEY', apiKey(2));
    expect(codes(c, [inside], [file, env])).toEqual([]);
    expect(codes(c, [inside], [env, file])).toEqual([]);
    expect(codes(c, [inside], [file])).toEqual(['docker/key-differs-from-host']);
  });

  it.each([
    ['the same key on the host', [envSetting('LLM_API_KEY', apiKey(1))]],
    ['a blank host value', [envSetting('LLM_API_KEY', '  ')]],
    ['no host value', []],
    ['a host value from config.toml, not passed with -e', [fromConfig]],
  ])('none for %s', (_, host) => {
    expect(codes(c, [inside], host as Setting[])).toEqual([]);
  });

  it("looks only at credential variables, and only at this container's", () => {
    const model = { ...inContainer(c, 'LLM_MODEL', 'a'), role: 'model' as const };
    const other = inContainer(container({ id: 'other' }), 'LLM_API_KEY', apiKey(1));
    const host = [envSetting('LLM_MODEL', 'b', 'model'), envSetting('LLM_API_KEY', apiKey(2))];
    expect(codes(c, [model, other], host)).toEqual([]);
  });
});

describe('docker/key-differs-from-host, every variable and the whole finding', () => {
  const c = container();
  it.each(['LLM_API_KEY', 'ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'])('%s', (variable) => {
    const inside = inContainer(c, variable, apiKey(1));
    expect(checkContainers([c], [inside], [envSetting(variable, apiKey(2))])).toEqual([
      {
        code: 'docker/key-differs-from-host',
        severity: expect.any(String),
        args: {
          container: 'openhands-app',
          variable,
          host: { kind: 'env', name: variable },
          recreate: recreateCommand(c),
        },
        location: inside.location,
      },
    ]);
  });

  it('names each differing variable of one container', () => {
    const settings = [inContainer(c, 'LLM_API_KEY', apiKey(1)), inContainer(c, 'ANTHROPIC_API_KEY', apiKey(3))];
    const host = [envSetting('LLM_API_KEY', apiKey(2)), envSetting('ANTHROPIC_API_KEY', apiKey(4))];
    expect(checkContainers([c], settings, host).map((f) => (f.args as { variable: string }).variable)).toEqual([
      'LLM_API_KEY',
      'ANTHROPIC_API_KEY',
    ]);
  });

  it('compares with the first .env that sets the variable, as dotenv does', () => {
    const inside = inContainer(c, 'LLM_API_KEY', apiKey(1));
    const first = fileSetting('LLM_API_KEY', apiKey(1), 'a.env');
    const second = fileSetting('LLM_API_KEY', apiKey(2), 'b.env');
    expect(codes(c, [inside], [first, second])).toEqual([]);
    expect(codes(c, [inside], [second, first])).toEqual(['docker/key-differs-from-host']);
  });

  it('skips a container setting that came from its settings file, not from -e', () => {
    const fromFile: Setting = {
      ...inContainer(c, 'LLM_API_KEY', apiKey(1)),
      location: { kind: 'container', id: c.id, name: c.name, image: c.image, path: SETTINGS },
    };
    expect(codes(c, [fromFile], [envSetting('LLM_API_KEY', apiKey(2))])).toEqual([]);
  });
});

describe('docker/no-state-volume, the whole finding', () => {
  it('points at the container', () => {
    expect(checkContainers([container({ mounts: [] })], [], [])).toEqual([
      {
        code: 'docker/no-state-volume',
        severity: expect.any(String),
        args: { container: 'openhands-app', mountPath: '/.openhands', hostPath: '~/.openhands' },
        location: {
          kind: 'container',
          id: 'c0ffee',
          name: 'openhands-app',
          image: 'docker.openhands.dev/openhands/openhands:0.62',
        },
      },
    ]);
  });
});

describe('restart and recreate commands', () => {
  const compose = container({ compose: { project: 'oh', service: 'app' } });
  it.each([
    [restartCommand(container()), 'docker restart openhands-app'],
    [restartCommand(compose), 'docker compose -p oh restart app'],
    [recreateCommand(compose).command, 'docker compose -p oh up -d --force-recreate app'],
  ])('%s', (got, expected) => {
    expect(got).toBe(expected);
  });

  it('tells a plain container to be started again with the variable, in the chosen language', () => {
    expect(recreateCommand(container())).toEqual({ command: 'docker rm -f openhands-app', rerun: true });
    expect(recreateCommand(compose).rerun).toBe(false);
    const c = container();
    const [f] = checkContainers(
      [c],
      [inContainer(c, 'LLM_API_KEY', apiKey(1))],
      [envSetting('LLM_API_KEY', apiKey(2))],
    );
    expect(renderFinding(f!, 'en').remediation[0]).toBe(
      'Recreate the container so it picks up the current key: `docker rm -f openhands-app`, then start it again ' +
        'as you did before (your `docker run` command), with -e LLM_API_KEY taken from the current environment.',
    );
    // The Japanese step is Japanese throughout: the command is the only English in it.
    expect(renderFinding(f!, 'ja').remediation[0]).toMatch(
      /^[^a-zA-Z]*`docker rm -f openhands-app` を実行し、.*-e で渡して/,
    );
  });
});
