// The `docker` source: OpenHands containers (or the ones named with --container) on one or more
// engines, read through the Engine API with dockerode: env, image (whose tag is the OpenHands
// version), mounts, state, start time, and the Web UI settings file read from inside the container
// through the archive endpoint, which works for remote engines and stopped containers alike.
// Read-only: never exec, start, stop or change a container.
import { existsSync } from 'node:fs';
import type Dockerode from 'dockerode';
import { roleOf } from '../data/variables.js';
import { lazyRequire } from '../lazy.js';
import { redactUrl } from '../secrets.js';
import type { WebSettingsFile } from '../profiles.js';
import type { Location, Setting, Severity, SourceProblem } from '../types.js';
import { engineOptions } from './docker-engine.js';
import { classifyContainer, compareVersions, type ContainerKind } from './docker-images.js';
import { parseSettings, type OpenHandsSettingsFacts } from './openhands-settings.js';
import { firstTarFile } from './tar.js';

export interface ContainerFacts {
  engine: string;
  id: string;
  name: string;
  image: string;
  kind: ContainerKind;
  /** The OpenHands version from the image tag ("0.62"), when the tag says. */
  version?: string;
  running: boolean;
  startedAt?: string;
  mounts: { source: string; destination: string }[];
  compose?: { project: string; service: string; workingDir?: string };
  /** The Web UI settings file inside the container, and when it last changed. */
  settingsFile?: { path: string; mtime: string };
}

export interface DockerResult {
  settings: Setting[];
  problems: SourceProblem[];
  containers: ContainerFacts[];
  webFiles: (WebSettingsFile & { container: string })[];
  settingsFacts: OpenHandsSettingsFacts[];
}

export interface DockerOptions {
  addresses: string[];
  /** --container: only these (names or id prefixes), OpenHands or not. */
  only?: string[];
  env: NodeJS.ProcessEnv;
  timeout: number;
  /** --docker was given: an unreachable engine is an error, not an aside. */
  required: boolean;
}

/** Where the Web UI keeps its settings inside the container: 0.45+ and 0.18–0.44; both when unknown. */
function settingsPaths(version: string | undefined): string[] {
  if (version && compareVersions(version, '0.45') >= 0) return ['/.openhands/settings.json'];
  if (version && compareVersions(version, '0.18') >= 0) return ['/.openhands-state/settings.json'];
  return ['/.openhands/settings.json', '/.openhands-state/settings.json'];
}
const CONCURRENCY = 32;

export async function readDocker(opts: DockerOptions): Promise<DockerResult> {
  const result: DockerResult = { settings: [], problems: [], containers: [], webFiles: [], settingsFacts: [] };
  for (const address of opts.addresses) {
    const severity: Severity = opts.required ? 'error' : 'info';
    const unreachable = (reason: string, detail?: string): SourceProblem => ({
      code: 'docker/unreachable' as const, args: { host: redactUrl(address), reason, ...(detail ? { detail } : {}) }, severity,
    });
    let options;
    try {
      options = engineOptions(address, opts.env, opts.timeout);
    } catch (error) {
      result.problems.push(unreachable('invalid-address', (error as Error).message));
      continue;
    }
    // No socket file, no engine: say so without loading dockerode at all.
    if (options.socketPath && !existsSync(options.socketPath)) {
      result.problems.push(unreachable('no-socket'));
      continue;
    }
    const Docker = lazyRequire<typeof Dockerode>('dockerode');
    const docker = new Docker(options);
    try {
      // The list doubles as the ping: one round trip fewer.
      const listed = await deadline(docker.listContainers({ all: true }), opts.timeout);
      const chosen = listed.filter((c) => (opts.only?.length ? named(c, opts.only) : classifyContainer(c.Image, names(c)).kind !== 'other'));
      await mapLimit(chosen, CONCURRENCY, (c) => readContainer(docker, address, c.Id, opts.timeout, result));
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { statusCode?: number };
      if (e.code === 'EACCES' || e.code === 'EPERM') {
        result.problems.push({ code: 'docker/permission-denied', args: { host: redactUrl(address), socket: options.socketPath ?? redactUrl(address) }, severity: opts.required ? 'error' : 'warning' });
      } else {
        const reason = e.code === 'ETIMEDOUT' || /timeout|timed out/i.test(e.message) ? 'timeout' : e.code === 'ECONNREFUSED' || e.code === 'ENOENT' ? 'refused' : 'error';
        result.problems.push(unreachable(reason, reason === 'error' ? e.message.split('\n')[0] : undefined));
      }
    }
  }
  return result;
}

const names = (c: Dockerode.ContainerInfo) => c.Names.map((n) => n.replace(/^\//, ''));
const named = (c: Dockerode.ContainerInfo, only: string[]) => only.some((o) => names(c).includes(o.replace(/^\//, '')) || c.Id.startsWith(o));

async function readContainer(docker: Dockerode, engine: string, id: string, timeout: number, result: DockerResult): Promise<void> {
  const container = docker.getContainer(id);
  const info = await deadline(container.inspect(), timeout);
  const name = info.Name.replace(/^\//, '');
  const image = info.Config.Image;
  const { kind, version } = classifyContainer(image, [name]);
  const labels = info.Config.Labels ?? {};
  const facts: ContainerFacts = {
    engine, id: info.Id.slice(0, 12), name, image, kind, ...(version ? { version } : {}),
    running: info.State.Running, ...(info.State.StartedAt && !info.State.StartedAt.startsWith('0001') ? { startedAt: info.State.StartedAt } : {}),
    mounts: (info.Mounts ?? []).map((m) => ({ source: m.Source ?? m.Name ?? '', destination: m.Destination })),
    ...(labels['com.docker.compose.project'] ? { compose: { project: labels['com.docker.compose.project'], service: labels['com.docker.compose.service'] ?? name, workingDir: labels['com.docker.compose.project.working_dir'] } } : {}),
  };
  const place = (extra: { env?: string; path?: string; key?: string } = {}): Location => ({ kind: 'container', id: facts.id, name, image, ...extra });
  for (const entry of info.Config.Env ?? []) {
    const eq = entry.indexOf('=');
    const variable = eq === -1 ? entry : entry.slice(0, eq);
    const role = roleOf(variable);
    if (role) result.settings.push({ role, name: variable, value: entry.slice(eq + 1), source: 'env', location: place({ env: variable }) });
  }
  if (kind === 'app') {
    for (const path of settingsPaths(version)) {
      const file = await readFileFromContainer(container, path, timeout);
      if (!file) continue;
      facts.settingsFile = { path, mtime: file.mtime };
      const parsed = parseSettings(file.text, `${name}:${path}`, (extra) => place({ path, ...(extra.key ? { key: extra.key } : {}) }));
      if ('problem' in parsed) {
        result.problems.push(parsed.problem);
      } else {
        result.settings.push(...parsed.settings.map((s) => ({ ...s, source: 'openhands-settings' as const })));
        result.settingsFacts.push(parsed.facts);
        result.webFiles.push({ ...parsed.file, container: facts.id });
      }
      break;
    }
  }
  result.containers.push(facts);
}

/** A small text file from inside a container, through the archive endpoint; undefined when absent. */
async function readFileFromContainer(container: Dockerode.Container, path: string, timeout: number): Promise<{ text: string; mtime: string } | undefined> {
  try {
    const stream = (await deadline(container.getArchive({ path }), timeout)) as NodeJS.ReadableStream;
    const chunks: Buffer[] = [];
    let size = 0;
    await deadline(new Promise<void>((resolve, reject) => {
      stream.on('data', (c: Buffer) => {
        size += c.length;
        // A settings file is a few kB; stop reading anything that is not.
        if (size > 2 * 1024 * 1024) reject(new Error('file too large'));
        else chunks.push(c);
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    }), timeout);
    const file = firstTarFile(Buffer.concat(chunks));
    return file && { text: new TextDecoder('utf-8').decode(file.content), mtime: file.mtime };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}

/** Rejects when a call to the engine takes longer than the timeout: a hung engine is a finding, not a hang. */
function deadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`timeout after ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs fn over items, at most `limit` at a time: hundreds of containers must not serialise. */
async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
