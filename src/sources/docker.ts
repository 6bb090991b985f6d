// The `docker` source: OpenHands containers (or the ones named with --container) on one or more
// engines, read through the Engine API with dockerode: env, image (whose tag is the OpenHands
// version), mounts, state, start time, and the Web UI settings file read from inside the container
// through the archive endpoint, which works for remote engines and stopped containers alike.
// Read-only: never exec, start, stop or change a container.
// Every engine is read at the same time, and every call ends at one deadline for the whole run;
// every answer is size-capped and checked for shape (docker-request.ts, docker-shapes.ts).
import { existsSync } from 'node:fs';
import type Dockerode from 'dockerode';
import { roleOf } from '../data/variables.js';
import { lazyRequire } from '../lazy.js';
import { redactUrl } from '../secrets.js';
import type { WebSettingsFile } from '../clients/openhands-web/precedence.js';
import type { Location, Setting, Severity, SourceProblem } from '../types.js';
import { EngineAddressError, engineOptions, sshTarget } from './docker-engine.js';
import { sshEngine } from './docker-ssh.js';
import { classifyContainer, compareVersions, type ContainerKind } from './docker-images.js';
import { answerJson, EngineError, engineGet, statusError, type Modem } from './docker-request.js';
import {
  isContainerList,
  isInspectedContainer,
  type InspectedContainer,
  type ListedContainer,
} from './docker-shapes.js';
import { parseSettings, type OpenHandsSettingsFacts } from '../clients/openhands-web/sources.js';
import { CONFIG_FILE_LIMIT, decodeText } from './read-text.js';
import { firstTarFile } from './tar.js';
import { containerEnv, litellmConfigPath, readLitellmInContainer } from './docker-litellm.js';
import type { LitellmConfigFacts } from '../clients/litellm/sources.js';

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
  /** LiteLLM proxy containers' config files, read as the LiteLLM client reads one. */
  litellmConfigs: { container: string; facts: LitellmConfigFacts }[];
}

const emptyResult = (): DockerResult => ({
  settings: [],
  problems: [],
  containers: [],
  webFiles: [],
  settingsFacts: [],
  litellmConfigs: [],
});

export interface DockerOptions {
  addresses: string[];
  /** --container: only these (names or id prefixes), OpenHands or not. */
  only?: string[];
  /** Told how many containers an engine will be read for, once it has listed them (progress). */
  onListed?: (containers: number) => void;
  env: NodeJS.ProcessEnv;
  /** When every engine call must be over, in ms since the epoch (Date.now()): one deadline for all engines. */
  deadline: number;
  /** --docker was given: an unreachable engine is an error, not an aside. */
  required: boolean;
}

/** Where the Web UI keeps its settings inside the container: 0.45+ and 0.18 to 0.44; both when unknown. */
function settingsPaths(version: string | undefined): string[] {
  if (version && compareVersions(version, '0.45') >= 0) return ['/.openhands/settings.json'];
  if (version && compareVersions(version, '0.18') >= 0) return ['/.openhands-state/settings.json'];
  return ['/.openhands/settings.json', '/.openhands-state/settings.json'];
}
const CONCURRENCY = 32;
/** A list entry is 1–3 kB: this is several thousand containers. */
const LIST_LIMIT = 16 * 1024 * 1024;
/** One container's inspect answer: its env, labels and mounts. */
const INSPECT_LIMIT = 2 * 1024 * 1024;
/** The settings file, as a tar archive: the file's own limit and room for the headers. */
const ARCHIVE_LIMIT = CONFIG_FILE_LIMIT + 64 * 1024;

export async function readDocker(opts: DockerOptions): Promise<DockerResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, opts.deadline - Date.now()));
  let engines: DockerResult[];
  try {
    // In parallel: five silent engines take one deadline, not five.
    engines = await Promise.all(opts.addresses.map((address) => readEngine(address, opts, controller.signal)));
  } finally {
    clearTimeout(timer);
    // Closes whatever is still open, so that no engine keeps the process alive.
    controller.abort();
  }
  const result = emptyResult();
  for (const e of engines) merge(result, e);
  return result;
}

function merge(into: DockerResult, from: DockerResult): void {
  for (const key of Object.keys(from) as (keyof DockerResult)[]) (into[key] as unknown[]).push(...from[key]);
}

async function readEngine(address: string, opts: DockerOptions, deadline: AbortSignal): Promise<DockerResult> {
  // The engine's own signal: its calls still in flight stop as soon as it failed, not at the deadline.
  const stop = new AbortController();
  const signal = AbortSignal.any([deadline, stop.signal]);
  const result = emptyResult();
  const severity: Severity = opts.required ? 'error' : 'info';
  const unreachable = (reason: string, detail?: string): SourceProblem => ({
    code: 'docker/unreachable' as const,
    args: { host: redactUrl(address), reason, ...(detail ? { detail } : {}) },
    severity,
  });
  let options: ReturnType<typeof engineOptions>;
  try {
    options = engineOptions(address, opts.env);
  } catch (error) {
    const e =
      error instanceof EngineAddressError ? error : new EngineAddressError('invalid-address', 'not a Docker host');
    result.problems.push(unreachable(e.reason, e.detail));
    return result;
  }
  // No socket file, no engine: say so without loading dockerode at all.
  if (options.socketPath && !existsSync(options.socketPath)) {
    result.problems.push(unreachable('no-socket'));
    return result;
  }
  const Docker = lazyRequire<typeof Dockerode>('dockerode');
  // ssh://: our own transport (one login for the whole run), handed to dockerode as a plain HTTP agent.
  const ssh = options.protocol === 'ssh' ? sshEngine(sshTarget(options), signal) : undefined;
  // docker-modem takes `agent` (its types do not say so).
  const viaSsh = {
    protocol: 'http',
    host: options.host,
    port: options.port,
    agent: ssh?.agent,
  } as Dockerode.DockerOptions;
  const modem = (new Docker(ssh ? viaSsh : options) as unknown as { modem: Modem }).modem;
  // Each container's findings, in the order of the list, whatever order they are read in.
  const read: DockerResult[] = [];
  try {
    // The list doubles as the ping: one round trip fewer.
    const listed = answerJson(
      await engineGet(modem, { path: '/containers/json?', query: { all: true }, cap: LIST_LIMIT }, signal),
      isContainerList,
    );
    const chosen = listed.filter((c) =>
      opts.only?.length ? named(c, opts.only) : classifyContainer(c.Image, names(c), c.Command).kind !== 'other',
    );
    opts.onListed?.(chosen.length);
    await mapLimit(
      chosen.map((c, i) => ({ id: c.Id, i })),
      CONCURRENCY,
      async ({ id, i }) => {
        const found = await readContainer(modem, address, id, signal);
        if (found) read[i] = found;
      },
    );
  } catch (error) {
    const e = error instanceof EngineError ? error : new EngineError('error', 'unexpected failure');
    if (e.reason === 'permission') {
      const args = { host: redactUrl(address), socket: options.socketPath ?? redactUrl(address) };
      result.problems.push({ code: 'docker/permission-denied', args, severity: opts.required ? 'error' : 'warning' });
    } else {
      result.problems.push(
        unreachable(e.reason, e.reason === 'too-large' || e.reason === 'error' ? e.detail : undefined),
      );
    }
  } finally {
    stop.abort();
    ssh?.close();
  }
  // Containers read whole before a failure or the deadline are reported all the same.
  for (const found of read) if (found) merge(result, found);
  return result;
}

const names = (c: ListedContainer) => (c.Names ?? []).map((n) => n.replace(/^\//, ''));
const named = (c: ListedContainer, only: string[]) =>
  only.some((o) => names(c).includes(o.replace(/^\//, '')) || c.Id.startsWith(o));

/** Reads one container: what it finds, once it is read whole; undefined when it is gone. */
async function readContainer(
  modem: Modem,
  engine: string,
  id: string,
  signal: AbortSignal,
): Promise<DockerResult | undefined> {
  const answer = await engineGet(
    modem,
    { path: `/containers/${encodeURIComponent(id)}/json`, query: {}, cap: INSPECT_LIMIT },
    signal,
  );
  // Removed since the list: nothing to read.
  if (answer.status === 404) return undefined;
  const info: InspectedContainer = answerJson(answer, isInspectedContainer);
  const name = info.Name.replace(/^\//, '');
  const image = info.Config.Image;
  const command = [...(info.Config.Entrypoint ?? []), ...(info.Config.Cmd ?? [])].join(' ');
  const { kind, version } = classifyContainer(image, [name], command);
  const labels = info.Config.Labels ?? {};
  const facts: ContainerFacts = {
    engine,
    id: info.Id.slice(0, 12),
    name,
    image,
    kind,
    ...(version ? { version } : {}),
    running: info.State.Running,
    ...(info.State.StartedAt && !info.State.StartedAt.startsWith('0001') ? { startedAt: info.State.StartedAt } : {}),
    mounts: (info.Mounts ?? []).map((m) => ({ source: m.Source ?? m.Name ?? '', destination: m.Destination })),
    ...(labels['com.docker.compose.project']
      ? {
          compose: {
            project: labels['com.docker.compose.project'],
            service: labels['com.docker.compose.service'] ?? name,
            workingDir: labels['com.docker.compose.project.working_dir'],
          },
        }
      : {}),
  };
  const place = (extra: { env?: string; path?: string; key?: string } = {}): Location => ({
    kind: 'container',
    id: facts.id,
    name,
    image,
    ...extra,
  });
  const found: DockerResult = { ...emptyResult(), containers: [facts] };
  // One reading of `NAME=value` entries for the settings and for a LiteLLM config's os.environ/X.
  for (const [variable, value] of Object.entries(containerEnv(info.Config.Env ?? []))) {
    const role = roleOf(variable);
    if (role && value !== undefined)
      found.settings.push({ role, name: variable, value, source: 'env', location: place({ env: variable }) });
  }
  if (kind === 'litellm') await readLitellm(modem, { id, facts, info, place, signal }, found);
  if (kind === 'app') {
    for (const path of settingsPaths(version)) {
      const shown = `${name}:${path}`;
      const file = await readFileFromContainer(modem, id, path, signal);
      if (!file) continue;
      facts.settingsFile = { path, mtime: file.mtime };
      const tooLarge = {
        code: 'source/too-large' as const,
        args: { path: shown, size: file.size, limit: CONFIG_FILE_LIMIT },
      };
      const text =
        file.size > CONFIG_FILE_LIMIT ? { ok: false as const, problem: tooLarge } : decodeText(shown, file.content);
      const parsed = text.ok
        ? parseSettings(text.text, shown, (extra) => place({ path, ...(extra.key ? { key: extra.key } : {}) }))
        : text;
      if ('problem' in parsed) {
        found.problems.push({ ...parsed.problem, location: place({ path }) });
      } else {
        found.settings.push(...parsed.settings.map((s) => ({ ...s, source: 'openhands-settings' as const })));
        found.settingsFacts.push(parsed.facts);
        found.webFiles.push({ ...parsed.file, container: facts.id });
      }
      break;
    }
  }
  return found;
}

/** A LiteLLM container's config file, with os.environ/X read from the container's environment. */
async function readLitellm(
  modem: Modem,
  c: {
    id: string;
    facts: ContainerFacts;
    info: InspectedContainer;
    place: (extra: { path?: string }) => Location;
    signal: AbortSignal;
  },
  found: DockerResult,
): Promise<void> {
  const path = litellmConfigPath(c.info.Config);
  const file = await readFileFromContainer(modem, c.id, path, c.signal);
  if (!file) return;
  const shown = `${c.facts.name}:${path}`;
  const text =
    file.size > CONFIG_FILE_LIMIT
      ? {
          ok: false as const,
          problem: {
            code: 'source/too-large' as const,
            args: { path: shown, size: file.size, limit: CONFIG_FILE_LIMIT },
          },
        }
      : decodeText(shown, file.content);
  if (!text.ok) {
    found.problems.push({ ...text.problem, location: c.place({ path }) });
    return;
  }
  const { facts } = c;
  const hosts = [facts.name, ...(facts.compose ? [facts.compose.service] : [])];
  const read = readLitellmInContainer(
    { id: facts.id, name: facts.name, image: facts.image, hosts, env: containerEnv(c.info.Config.Env ?? []) },
    path,
    text.text,
  );
  found.settings.push(...read.settings);
  found.problems.push(...read.problems);
  if (read.facts) found.litellmConfigs.push({ container: facts.id, facts: read.facts });
}

/** A small file from inside a container, through the archive endpoint; undefined when absent. */
async function readFileFromContainer(modem: Modem, id: string, path: string, signal: AbortSignal) {
  let archive: Buffer;
  try {
    const answer = await engineGet(
      modem,
      { path: `/containers/${encodeURIComponent(id)}/archive?`, query: { path }, cap: ARCHIVE_LIMIT },
      signal,
    );
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) throw statusError(answer);
    archive = answer.body;
  } catch (error) {
    // Too large to be a settings file: what the tar header says is enough to report it.
    if (!(error instanceof EngineError) || error.reason !== 'too-large' || !error.partial) throw error;
    archive = error.partial;
  }
  const file = firstTarFile(archive);
  if (!file && archive.length > 0) throw new EngineError('not-docker');
  return file;
}

/** Runs fn over items, at most `limit` at a time: hundreds of containers must not serialise. */
async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
