// The flow, start to finish: sources -> settings -> profiles -> checks -> findings -> report.
import { homedir } from 'node:os';
import type { Code } from './catalog/index.js';
import { checkBaseUrl, checkStrayBaseUrl, isDefaultEndpoint } from './checks/base-url.js';
import { checkBothCredentials, checkConflict, checkMissing } from './checks/consistency.js';
import { checkCredential } from './checks/credential.js';
import { checkDotenvLine, checkDuplicates } from './checks/dotenv-lines.js';
import { checkHygiene } from './checks/hygiene.js';
import { checkKeyInValue } from './checks/key-in-value.js';
import { checkModel } from './checks/model.js';
import { checkConfigFacts, checkSettingsFacts, checkWebUi } from './checks/openhands.js';
import { checkVariableNames } from './checks/variable-names.js';
import { checkContainers } from './checks/docker.js';
import { engineAddresses } from './sources/docker-engine.js';
import type { DockerResult } from './sources/docker.js';
import type { ProbeResult, ProbeTarget } from './probe/anthropic.js';
import { MAX_PROBES, probeTargets, targetKey, type ProbeOptions } from './probe/targets.js';
import { withTrust } from './probe/trust.js';
import { HOST_CONFIG_PATHS, HOST_SETTINGS_PATHS } from './data/openhands.js';
import { providerOfKey } from './data/key-shapes.js';
import { bySeverity, capSeverity, finding, type Finding } from './findings.js';
import { resolveProfiles, usersOfSettings } from './profiles.js';
import { readDotenvFiles } from './sources/dotenv.js';
import { readEnvironment } from './sources/env.js';
import { withFileFacts } from './sources/file-facts.js';
import { readOpenHandsConfigs } from './sources/openhands-config.js';
import { readOpenHandsSettings } from './sources/openhands-settings.js';
import { scrubDeep } from './secrets.js';
import type { FileSet } from './sources/read-text.js';
import type { Profile, Setting, SourceProblem } from './types.js';

export interface DoctorOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** --env-file, --config, --settings paths; undefined means the default places, when present. */
  envFiles?: string[];
  configFiles?: string[];
  settingsFiles?: string[];
  useEnv: boolean;
  /** --docker (true), --no-docker (false), or undefined: inspect when an engine answers. */
  docker?: boolean;
  dockerHosts?: string[];
  containers?: string[];
  /** The whole run's network time, in ms: every engine, probe and retry ends within it. */
  timeout: number;
  /** No live probe. */
  offline: boolean;
  probe?: ProbeOptions;
  /** Problems found before the sources were read (the configuration file). */
  extraProblems?: SourceProblem[];
  /** Today's date (YYYY-MM-DD, UTC), for model retirement dates. */
  today: string;
  showSecrets: boolean;
  ignore: Code[];
}

export interface Report {
  sources: string[];
  settings: Setting[];
  profiles: Profile[];
  probes: ProbeResult[];
  findings: Finding[];
}

/** The paths to read: the ones the user gave (which must exist), else the defaults that exist. */
const files = (
  given: string[] | undefined,
  defaults: readonly string[],
  opts: DoctorOptions,
  home: string,
): FileSet => ({ paths: given?.length ? given : [...defaults], explicit: Boolean(given?.length), cwd: opts.cwd, home });

export async function runDoctor(opts: DoctorOptions): Promise<Report> {
  const deadline = Date.now() + opts.timeout;
  const home = opts.env.HOME || homedir();
  const envResult = opts.useEnv ? readEnvironment(opts.env) : { settings: [], problems: [], otherNames: [] };
  const dotenvResult = readDotenvFiles(files(opts.envFiles, ['.env'], opts, home));
  const configResult = readOpenHandsConfigs(files(opts.configFiles, HOST_CONFIG_PATHS, opts, home));
  const webResult = readOpenHandsSettings(files(opts.settingsFiles, HOST_SETTINGS_PATHS, opts, home));
  const hostResults = [envResult, dotenvResult, configResult, webResult];
  const explicit = {
    dotenv: Boolean(opts.envFiles?.length),
    'openhands-config': Boolean(opts.configFiles?.length),
    'openhands-settings': Boolean(opts.settingsFiles?.length),
  };
  const hostSettings = withFileFacts(
    withTrust(
      hostResults.flatMap((r) => r.settings),
      explicit,
    ),
    opts.cwd,
    home,
    opts.env,
  );
  const hostProfiles = resolveProfiles(hostSettings, webResult.files);
  // The host's probes go out before the engines are asked, so both wait on the network together.
  const hostProbes = opts.offline ? undefined : startProbes(hostProfiles, opts, deadline);
  const dockerResult = opts.docker === false ? undefined : await readContainers(opts, deadline);
  const problems = [
    ...(opts.extraProblems ?? []),
    ...hostResults.flatMap((r) => r.problems),
    ...(dockerResult?.problems ?? []),
  ];

  const containers = dockerResult ? containerProfiles(dockerResult, hostProfiles.length) : [];
  const containerProfileList = containers.flatMap((c) => c.profiles);
  const profiles = [...hostProfiles, ...containerProfileList];
  const settings = [...hostSettings, ...(dockerResult?.settings ?? [])];
  const probing = hostProbes
    ? hostProbes.then((host) => withContainerProbes(host, containerProfileList, opts, deadline))
    : undefined;
  const users = usersOfSettings(profiles);
  const findings = [
    ...problems.map((p) => finding(p.code, p.args as never, { location: p.location, severity: p.severity })),
    ...settings.flatMap((s) => checkSetting(s, users.get(s) ?? [], opts)),
    ...checkArguments(opts),
    ...checkDuplicates(dotenvResult.dotenvFiles ?? []),
    ...checkMissing(hostProfiles, hostSettings),
    ...checkBothCredentials(profiles),
    ...checkConflict(hostProfiles, hostSettings, opts.showSecrets),
    ...checkVariableNames(
      [envResult, dotenvResult].flatMap((r) => r.otherNames ?? []),
      hostSettings,
    ),
    ...checkConfigFacts(configResult.configs, hostSettings),
    ...checkSettingsFacts([...webResult.facts, ...(dockerResult?.settingsFacts ?? [])]),
    ...checkWebUi(hostProfiles, hostSettings, opts.showSecrets),
    ...containers.flatMap((c) => checkWebUi(c.profiles, c.settings, opts.showSecrets)),
    ...checkStrayBaseUrl(profiles),
    ...checkHygiene(hostSettings),
    ...(dockerResult ? checkContainers(dockerResult.containers, dockerResult.settings, hostSettings) : []),
  ];
  const { probes, refusals } = (await probing) ?? { probes: [], refusals: [] };
  findings.push(...refusals, ...probes.map((r) => ({ ...finding(r.code, r.args as never), profile: r.profiles[0] })));
  return {
    probes,
    sources: [
      ...(opts.useEnv ? ['environment'] : []),
      ...dotenvResult.dotenvFiles!.map((f) => f.path),
      ...configResult.configs.map((c) => c.path),
      ...webResult.files.map((f) => f.path),
      ...(dockerResult?.containers.map((c) => `container ${c.name}`) ?? []),
    ],
    settings,
    profiles,
    // Arguments carry outside text (names, URLs, models, server messages): nothing key-shaped gets out.
    findings: findings
      .filter((f) => !opts.ignore.includes(f.code))
      .map((f) => (opts.showSecrets ? f : scrubDeep(f)))
      .sort(bySeverity),
  };
}

interface Probed {
  probes: ProbeResult[];
  refusals: Finding[];
  targets: ProbeTarget[];
}

/**
 * One request per distinct setup, all at once, all ending by the run's deadline. A profile whose setup
 * is among `known` joins that request: its result's profile list is the target's own.
 */
async function startProbes(
  profiles: Profile[],
  opts: DoctorOptions,
  deadline: number,
  known: ReadonlyMap<string, ProbeTarget> = new Map(),
  limit = MAX_PROBES,
): Promise<Probed> {
  const plan = probeTargets(profiles, opts.probe ?? { scheme: 'x-api-key' }, opts.env, known, limit);
  if (!plan.targets.length) return { probes: [], refusals: plan.findings, targets: [] };
  const { probe } = await import('./probe/anthropic.js');
  const probes = await Promise.all(plan.targets.map((t) => probe(t, deadline)));
  return { probes, refusals: plan.findings, targets: plan.targets };
}

/** The containers' setups, after the host's, within what is left of the limit. */
async function withContainerProbes(
  host: Probed,
  profiles: Profile[],
  opts: DoctorOptions,
  deadline: number,
): Promise<Probed> {
  if (!profiles.length) return host;
  const known = new Map(host.targets.map((t) => [targetKey(t), t]));
  const more = await startProbes(profiles, opts, deadline, known, MAX_PROBES - host.targets.length);
  return {
    probes: [...host.probes, ...more.probes],
    refusals: [...host.refusals, ...more.refusals],
    targets: [...host.targets, ...more.targets],
  };
}

/** The command line's own values are checked like any other (an http:// --base-url included). */
function checkArguments(opts: DoctorOptions): Finding[] {
  const url = opts.probe?.baseUrl;
  if (url === undefined) return [];
  const location = { kind: 'argument' as const, name: '--base-url' };
  return checkBaseUrl(
    { role: 'base_url', name: '--base-url', value: url, location, source: 'argument', trust: 'user' },
    [],
  );
}

/** The Docker source, loaded only when containers are to be inspected (it brings dockerode). */
async function readContainers(opts: DoctorOptions, deadline: number): Promise<DockerResult> {
  const { readDocker } = await import('./sources/docker.js');
  return readDocker({
    addresses: engineAddresses(opts.dockerHosts, opts.env),
    only: opts.containers,
    env: opts.env,
    deadline,
    required: opts.docker === true,
  });
}

/** Each container's own profiles (its env and its settings file), numbered after the host's. */
function containerProfiles(result: DockerResult, offset: number) {
  let next = offset;
  return result.containers.flatMap((c) => {
    const settings = result.settings.filter((s) => s.location.kind === 'container' && s.location.id === c.id);
    const label = `container ${c.name}`;
    if (c.kind !== 'app' && !settings.length) return [];
    const scope = c.kind === 'app' ? { webUi: { version: c.version, label } } : {};
    const profiles = resolveProfiles(
      settings,
      result.webFiles.filter((w) => w.container === c.id),
      scope,
    ).map((p) => ({ ...p, id: `p${++next}`, label: p.label && p.label !== label ? `${label} ${p.label}` : label }));
    return [{ container: c, settings, profiles }];
  });
}

function checkSetting(setting: Setting, users: Profile[], opts: DoctorOptions): Finding[] {
  // A key in the model field is that finding, not an unknown model.
  const misplaced = checkKeyInValue(setting, opts.showSecrets);
  const found = [
    ...misplaced,
    ...(misplaced.length && setting.role === 'model' ? [] : valueChecks(setting, users, opts)),
    ...checkDotenvLine(setting, opts.showSecrets),
  ];
  // A value no client uses can still bite (docker --env-file, another shell), but it is not what fails now.
  return found.map((f) => (users.length ? { ...f, profile: f.profile ?? users[0]!.id } : capSeverity(f, 'warning')));
}

function valueChecks(setting: Setting, users: Profile[], opts: DoctorOptions): Finding[] {
  switch (setting.role) {
    case 'api_key':
    case 'auth_token':
      return checkCredential(setting, {
        models: users.flatMap((p) => (p.model ? [p.model.value] : [])),
        viaProxy: users.some((p) => p.baseUrl && !isDefaultEndpoint(p.baseUrl.value)),
        showSecrets: opts.showSecrets,
      });
    case 'model':
      return checkModel(setting, opts.today, {
        litellm:
          users.some((p) => p.client !== 'anthropic-sdk') ||
          setting.source === 'openhands-config' ||
          setting.source === 'openhands-settings',
        keyProviders: users.map((p) => p.apiKey && providerOfKey(p.apiKey.value)),
        provider: users.map((p) => p.provider?.value.trim()).find(Boolean),
      });
    case 'base_url':
      return checkBaseUrl(
        setting,
        users.map((p) => p.client),
      );
    case 'provider':
    case 'api_version':
      return [];
  }
}
