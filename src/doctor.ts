// The flow, start to finish: sources -> settings -> profiles -> checks -> findings -> report.
import { homedir } from 'node:os';
import type { Code } from './catalog/index.js';
import { checkBaseUrl, checkStrayBaseUrl } from './checks/base-url.js';
import { checkBothCredentials, checkConflict, checkMissing } from './checks/consistency.js';
import { checkCredential } from './checks/credential.js';
import { checkDotenvLine, checkDuplicates } from './checks/dotenv-lines.js';
import { checkHygiene } from './checks/hygiene.js';
import { checkModel } from './checks/model.js';
import { checkConfigFacts, checkSettingsFacts, checkWebUi } from './checks/openhands.js';
import { checkVariableNames } from './checks/variable-names.js';
import { checkContainers } from './checks/docker.js';
import { engineAddresses } from './sources/docker-engine.js';
import type { DockerResult } from './sources/docker.js';
import type { ProbeResult } from './probe/anthropic.js';
import { probeTargets, type ProbeOptions } from './probe/targets.js';
import { HOST_CONFIG_PATHS, HOST_SETTINGS_PATHS } from './data/openhands.js';
import { providerOfKey } from './data/key-shapes.js';
import { bySeverity, capSeverity, finding, type Finding } from './findings.js';
import { profilesUsing, resolveProfiles } from './profiles.js';
import { readDotenvFiles } from './sources/dotenv.js';
import { readEnvironment } from './sources/env.js';
import { withFileFacts } from './sources/file-facts.js';
import { readOpenHandsConfigs } from './sources/openhands-config.js';
import { readOpenHandsSettings } from './sources/openhands-settings.js';
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
  /** Per network call, in ms. */
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
const files = (given: string[] | undefined, defaults: readonly string[], opts: DoctorOptions, home: string): FileSet =>
  ({ paths: given?.length ? given : [...defaults], explicit: Boolean(given?.length), cwd: opts.cwd, home });

export async function runDoctor(opts: DoctorOptions): Promise<Report> {
  const home = opts.env.HOME || homedir();
  const envResult = opts.useEnv ? readEnvironment(opts.env) : { settings: [], problems: [], otherNames: [] };
  const dotenvResult = readDotenvFiles(files(opts.envFiles, ['.env'], opts, home));
  const configResult = readOpenHandsConfigs(files(opts.configFiles, HOST_CONFIG_PATHS, opts, home));
  const webResult = readOpenHandsSettings(files(opts.settingsFiles, HOST_SETTINGS_PATHS, opts, home));
  const dockerResult = opts.docker === false ? undefined : await readContainers(opts);
  const hostResults = [envResult, dotenvResult, configResult, webResult];
  const problems = [...opts.extraProblems ?? [], ...hostResults.flatMap((r) => r.problems), ...(dockerResult?.problems ?? [])];

  const hostSettings = withFileFacts(hostResults.flatMap((r) => r.settings), opts.cwd, home);
  const hostProfiles = resolveProfiles(hostSettings, webResult.files);
  const containers = dockerResult ? containerProfiles(dockerResult, hostProfiles.length) : [];
  const profiles = [...hostProfiles, ...containers.flatMap((c) => c.profiles)];
  const settings = [...hostSettings, ...(dockerResult?.settings ?? [])];
  // Sent before the offline checks run, so they run while the answers travel.
  const probing = opts.offline ? Promise.resolve([]) : runProbes(profiles, opts);
  const findings = [
    ...problems.map((p) => finding(p.code, p.args as never, { location: p.location, severity: p.severity })),
    ...settings.flatMap((s) => checkSetting(s, profiles, opts)),
    ...checkDuplicates(dotenvResult.dotenvFiles ?? []),
    ...checkMissing(hostProfiles, hostSettings),
    ...checkBothCredentials(profiles),
    ...checkConflict(hostProfiles, hostSettings, opts.showSecrets),
    ...checkVariableNames([envResult, dotenvResult].flatMap((r) => r.otherNames ?? []), hostSettings),
    ...checkConfigFacts(configResult.configs, hostSettings),
    ...checkSettingsFacts([...webResult.facts, ...(dockerResult?.settingsFacts ?? [])]),
    ...checkWebUi(hostProfiles, hostSettings, opts.showSecrets),
    ...containers.flatMap((c) => checkWebUi(c.profiles, c.settings, opts.showSecrets)),
    ...checkStrayBaseUrl(profiles),
    ...checkHygiene(hostSettings),
    ...(dockerResult ? checkContainers(dockerResult.containers, dockerResult.settings, hostSettings) : []),
  ];
  const probes = await probing;
  findings.push(...probes.map((r) => ({ ...finding(r.code, r.args as never), profile: r.profiles[0] })));
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
    findings: findings.filter((f) => !opts.ignore.includes(f.code)).sort(bySeverity),
  };
}

/** One request per distinct setup, all at once. */
async function runProbes(profiles: Profile[], opts: DoctorOptions): Promise<ProbeResult[]> {
  const targets = probeTargets(profiles, opts.probe ?? { scheme: 'x-api-key' }, opts.env);
  if (!targets.length) return [];
  const { probe } = await import('./probe/anthropic.js');
  return Promise.all(targets.map((t) => probe(t, opts.timeout)));
}

/** The Docker source, loaded only when containers are to be inspected (it brings dockerode). */
async function readContainers(opts: DoctorOptions): Promise<DockerResult> {
  const { readDocker } = await import('./sources/docker.js');
  return readDocker({ addresses: engineAddresses(opts.dockerHosts, opts.env), only: opts.containers, env: opts.env, deadline: Date.now() + opts.timeout, required: opts.docker === true });
}

/** Each container's own profiles (its env and its settings file), numbered after the host's. */
function containerProfiles(result: DockerResult, offset: number) {
  let next = offset;
  return result.containers.flatMap((c) => {
    const settings = result.settings.filter((s) => s.location.kind === 'container' && s.location.id === c.id);
    const label = `container ${c.name}`;
    if (c.kind !== 'app' && !settings.length) return [];
    const scope = c.kind === 'app' ? { webUi: { version: c.version, label } } : {};
    const profiles = resolveProfiles(settings, result.webFiles.filter((w) => w.container === c.id), scope)
      .map((p) => ({ ...p, id: `p${++next}`, label: p.label && p.label !== label ? `${label} ${p.label}` : label }));
    return [{ container: c, settings, profiles }];
  });
}

function checkSetting(setting: Setting, profiles: Profile[], opts: DoctorOptions): Finding[] {
  const users = profilesUsing(profiles, setting);
  const found = [...valueChecks(setting, users, opts), ...checkDotenvLine(setting, opts.showSecrets)];
  // A value no client uses can still bite (docker --env-file, another shell), but it is not what fails now.
  return found.map((f) => (users.length ? { ...f, profile: f.profile ?? users[0]!.id } : capSeverity(f, 'warning')));
}

function valueChecks(setting: Setting, users: Profile[], opts: DoctorOptions): Finding[] {
  switch (setting.role) {
    case 'api_key':
    case 'auth_token':
      return checkCredential(setting, {
        models: users.flatMap((p) => (p.model ? [p.model.value] : [])),
        viaProxy: users.some((p) => p.baseUrl && !/^https:\/\/api\.anthropic\.com\/?$/.test(p.baseUrl.value.trim())),
        showSecrets: opts.showSecrets,
      });
    case 'model':
      return checkModel(setting, opts.today, {
        litellm: users.some((p) => p.client !== 'anthropic-sdk') || setting.source === 'openhands-config' || setting.source === 'openhands-settings',
        keyProviders: users.map((p) => p.apiKey && providerOfKey(p.apiKey.value)),
        provider: users.map((p) => p.provider?.value.trim()).find(Boolean),
      });
    case 'base_url':
      return checkBaseUrl(setting, users.map((p) => p.client));
    case 'provider':
    case 'api_version':
      return [];
  }
}
