// The flow, start to finish: sources -> settings -> profiles -> checks -> findings -> report.
import type { Code } from './catalog/index.js';
import { checkBaseUrl, checkStrayBaseUrl, isDefaultEndpoint } from './checks/base-url.js';
import { checkSharedBaseUrl } from './checks/base-url-styles.js';
import { checkBothCredentials, checkConflict, checkMissing } from './checks/consistency.js';
import { checkCredential } from './checks/credential.js';
import { checkDotenvLine, checkDuplicates } from './checks/dotenv-lines.js';
import { checkHygiene } from './checks/hygiene.js';
import { checkKeyInValue } from './checks/key-in-value.js';
import { checkModel } from './checks/model.js';
import { checkVariableNames } from './checks/variable-names.js';
import { checkContainers } from './checks/docker.js';
import { engineAddresses } from './sources/docker-engine.js';
import type { DockerResult } from './sources/docker.js';
import type { KubeResult } from './sources/kubernetes.js';
import type { Stdin } from './sources/kubernetes-input.js';
import { kubeScopes } from './kube-scopes.js';
import type { ProbeResult, ProbeTarget } from './probe/anthropic.js';
import { MAX_PROBES, probeTargets, targetKey, type ProbeOptions } from './probe/targets.js';
import { withTrust } from './probe/trust.js';
import { organizationFindings, probeFindings, settleRetirements } from './probe/outcomes.js';
import type { StatusConsult } from './probe/status-consult.js';
import type { OauthUsageResult } from './probe/oauth-usage.js';
import { providerOfKey } from './data/key-shapes.js';
import { bySeverity, capSeverity, finding, type Finding } from './findings.js';
import { profilesIn, usersOfSettings } from './profiles.js';
import { CLIENTS, clientOf } from './clients/index.js';
import { fileSet } from './clients/file-set.js';
import { withoutMarkers } from './clients/markers.js';
import { markServiceProfiles } from './clients/services.js';
import type { AnyClient, HostContext, Scope } from './clients/types.js';
import { readDotenvFiles } from './sources/dotenv.js';
import { readEnvironment } from './sources/env.js';
import { withFileFacts } from './sources/file-facts.js';
import { osHomedir, readingOnce } from './sources/read-text.js';
import { scrubDeep } from './secrets.js';
import type { Client, Profile, Setting, SourceProblem } from './types.js';

export interface DoctorOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** --env-file, --config, --settings paths; undefined means the default places, when present. */
  envFiles?: string[];
  configFiles?: string[];
  settingsFiles?: string[];
  /** --litellm-config paths. */
  litellmFiles?: string[];
  /** --kube inputs (paths, `-` for stdin), and the stdin `-` reads (the process's when absent). */
  kubeFiles?: string[];
  kubeStdin?: Stdin;
  /** --client: only these clients' profiles and findings (undefined: every client). */
  clients?: Client[];
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
  /** --admin-key-env: the variable that holds an Admin key (default ANTHROPIC_ADMIN_KEY). */
  adminKeyEnv?: string;
  /** Claude Code: --project (its .claude/ folder), --run-helpers, --probe-oauth. */
  claudeCode?: {
    project?: string;
    runHelpers?: boolean;
    probeOauth?: boolean;
    /** Tests: the folder of managed settings, instead of the system's. */
    managedDir?: string;
  };
  /** Problems found before the sources were read (the configuration file). */
  extraProblems?: SourceProblem[];
  /** Today's date (YYYY-MM-DD, UTC), for model retirement dates. */
  today: string;
  showSecrets: boolean;
  ignore: Code[];
  /** --verbose: an absent Docker engine that nobody asked for is shown too. */
  verbose?: boolean;
  /** Told when slow work starts and ends (the CLI draws it on a terminal). */
  progress?: Progress;
}

export type ProgressStep =
  | { kind: 'probing'; setups: number; hosts: string[] }
  | { kind: 'engines'; engines: number }
  | { kind: 'containers'; containers: number; engines: number };

export interface Progress {
  step(step: ProgressStep): void;
  end(kind: ProgressStep['kind']): void;
  done(): void;
}

export interface Report {
  sources: string[];
  settings: Setting[];
  profiles: Profile[];
  probes: ProbeResult[];
  /** --probe-oauth: what GET /api/oauth/usage (undocumented) said of each subscription token. */
  oauthUsage?: OauthUsageResult[];
  findings: Finding[];
}

/** The shared sources: read once, handed to every client. */
function readShared(opts: DoctorOptions, home: string) {
  const env = opts.useEnv ? readEnvironment(opts.env) : { settings: [], problems: [], otherNames: [] };
  const dotenv = readDotenvFiles(fileSet(opts.envFiles, ['.env'], { opts, home }));
  return { env, dotenv };
}

/** Every client's own files, read once. */
function readClients(ctx: HostContext) {
  const wanted = ctx.opts.clients;
  return new Map(
    CLIENTS.flatMap((c) => (c.read && (!wanted || wanted.includes(c.id)) ? [[c, c.read(ctx)] as const] : [])),
  );
}

export async function runDoctor(opts: DoctorOptions): Promise<Report> {
  const deadline = Date.now() + opts.timeout;
  const home = opts.env.HOME || osHomedir();
  const { shared, own } = readingOnce(() => ({
    shared: readShared(opts, home),
    own: readClients({ opts, home, deadline }),
  }));
  const reads = [shared.env, shared.dotenv, ...own.values()];
  const explicit = Object.assign(
    { dotenv: Boolean(opts.envFiles?.length) },
    ...[...own.values()].map((r) => r.explicit),
  );
  const markers = reads.flatMap((r) => ('markers' in r ? (r.markers ?? []) : []));
  const hostSettings = withFileFacts(
    withTrust(
      withoutMarkers(
        reads.flatMap((r) => r.settings),
        markers,
        opts.cwd,
        home,
      ).filter((s) => readByWanted(s, opts.clients)),
      explicit,
    ),
    opts.cwd,
    home,
    opts.env,
  );
  // --kube with nothing set on this machine (--no-env in CI): the cluster is the subject, not a missing host key.
  const kubeOnly = Boolean(opts.kubeFiles?.length) && !hostSettings.length;
  const host = kubeOnly ? [] : profilesIn({ settings: hostSettings, opts }, (c) => own.get(c)?.facts);
  markServiceProfiles(host, (c) => own.get(c)?.facts);
  const hostProfiles = host.flatMap((h) => h.profiles);
  // The host's probes go out before the engines are asked, so both wait on the network together.
  // The status page is asked only after a failure, or ahead of the deadline while probes are pending.
  const status = opts.offline ? undefined : await statusWatch(opts, deadline);
  const hostProbes = opts.offline ? undefined : startProbes(hostProfiles, opts, deadline, { status });
  const [dockerResult, kube] = await Promise.all([
    opts.docker === false ? undefined : readContainers(opts, deadline),
    opts.kubeFiles?.length ? readCluster(opts, home, deadline) : undefined,
  ]);
  const problems = [
    ...(opts.extraProblems ?? []),
    ...reads.flatMap((r) => r.problems),
    ...(dockerResult?.problems ?? []).filter(
      (p) => !engineAbsent(p) || opts.verbose || dockerWanted(opts, hostProfiles, hostSettings),
    ),
    ...(kube?.problems ?? []),
  ];

  const containers = dockerResult ? containerScopes(dockerResult, hostProfiles.length, opts) : [];
  const pods = kube
    ? kubeScopes(kube, hostProfiles.length + containers.reduce((n, c) => n + c.profiles.length, 0), opts)
    : [];
  const containerProfileList = [...containers.flatMap((c) => c.profiles), ...pods.flatMap((p) => p.profiles)];
  const profiles = [...hostProfiles, ...containerProfileList];
  const settings = [...hostSettings, ...(dockerResult?.settings ?? []), ...pods.flatMap((p) => p.settings)];
  const probing = hostProbes
    ? hostProbes.then((host) => withContainerProbes(host, containerProfileList, { opts, deadline, status }))
    : undefined;
  const users = usersOfSettings(profiles);
  const readNames = new Set(hostSettings.map((s) => s.name));
  const findings = [
    ...problems.map((p) => finding(p.code, p.args as never, { location: p.location, severity: p.severity })),
    ...settings.flatMap((s) => checkSetting(s, users.get(s) ?? [], opts)),
    ...checkArguments(opts),
    ...checkDuplicates(shared.dotenv.dotenvFiles ?? []),
    ...checkMissing(hostProfiles, hostSettings),
    ...checkBothCredentials(profiles),
    ...checkConflict(hostProfiles, hostSettings, opts.showSecrets),
    ...checkVariableNames(
      // A name some client reads as its own (LibreChat's ANTHROPIC_MODELS) is not a misspelling.
      [shared.env, shared.dotenv].flatMap((r) => r.otherNames ?? []).filter((o) => !readNames.has(o.name)),
      hostSettings,
    ),
    ...clientChecks(host, { settings: hostSettings, all: hostProfiles, opts }, (c) => own.get(c)?.facts),
    ...containers.flatMap((c) => clientChecks(c.byClient, { settings: c.settings, all: c.profiles, opts }, c.factsOf)),
    ...pods.flatMap((c) => [
      ...clientChecks(c.byClient, { settings: c.settings, all: c.profiles, opts }, c.factsOf),
      ...c.litellmFindings,
    ]),
    ...(kube ? await kubeChecks(kube) : []),
    ...checkStrayBaseUrl(profiles),
    ...checkSharedBaseUrl(profiles, baseUrlStyleOf),
    ...checkHygiene(hostSettings),
    ...(dockerResult ? checkContainers(dockerResult.containers, dockerResult.settings, hostSettings) : []),
  ];
  const { probes, refusals, targets, usage } = (await probing) ?? { probes: [], refusals: [], targets: [], usage: [] };
  // Both at once; the status page's first, so that with no failure its early ask is cancelled before a slow
  // Admin lookup could let it go off.
  const statusSaid = status ? statusFindings(status, probes) : Promise.resolve([]);
  const adminSaid = adminLookup(opts, { probes, targets, deadline });
  findings.push(...(await adminSaid));
  opts.progress?.end('probing');
  findings.push(
    ...refusals,
    ...probeFindings(probes),
    ...usageFindings(usage, probes),
    ...organizationFindings(probes),
    ...(await statusSaid),
  );
  const settled = settleRetirements(findings, probes);
  return {
    probes,
    ...(usage.length ? { oauthUsage: usage } : {}),
    sources: [
      ...(opts.useEnv ? ['environment'] : []),
      ...shared.dotenv.dotenvFiles!.map((f) => f.path),
      ...[...own.values()].flatMap((r) => r.sources),
      ...(dockerResult?.containers.map((c) => `container ${c.name}`) ?? []),
      ...(kube?.sources ?? []),
    ],
    settings,
    profiles,
    // Arguments carry outside text (names, URLs, models, server messages): nothing key-shaped gets out.
    findings: settled
      .filter((f) => !opts.ignore.includes(f.code))
      .map((f) => (opts.showSecrets ? f : scrubDeep(f)))
      .sort(bySeverity),
  };
}

/** The base URL a profile expects: its own style, else its client's. */
const baseUrlStyleOf = (p: Profile) => p.baseUrlStyle ?? clientOf(p.client)?.baseUrlStyle;

/** --client: a setting stays when one of the chosen clients reads its kind of source. */
function readByWanted(s: Setting, wanted: Client[] | undefined): boolean {
  return !wanted || wanted.some((id) => clientOf(id)?.reads.includes(s.source));
}

/** Each client's own checks over its profiles in one scope. */
function clientChecks(
  byClient: { client: AnyClient; profiles: Profile[] }[],
  scope: { settings: Setting[]; all: Profile[]; opts: DoctorOptions; container?: Scope<unknown>['container'] },
  factsOf: (c: AnyClient) => unknown,
): Finding[] {
  return byClient.flatMap(
    ({ client, profiles }) => client.checks?.({ ...scope, profiles, facts: factsOf(client) }) ?? [],
  );
}

interface Probed {
  probes: ProbeResult[];
  refusals: Finding[];
  targets: ProbeTarget[];
  usage: OauthUsageResult[];
}

/**
 * One request per distinct setup, all at once, all ending by the run's deadline. A profile whose setup
 * is among `known` joins that request: its result's profile list is the target's own.
 */
async function startProbes(
  profiles: Profile[],
  opts: DoctorOptions,
  deadline: number,
  joining: { known?: ReadonlyMap<string, ProbeTarget>; limit?: number; status?: StatusConsult } = {},
): Promise<Probed> {
  const { known = new Map(), limit = MAX_PROBES, status } = joining;
  const plan = probeTargets(profiles, opts.probe ?? { scheme: 'x-api-key' }, opts.env, { known, limit });
  if (!plan.targets.length) return { probes: [], refusals: plan.findings, targets: [], usage: [] };
  const hosts = [...new Set(plan.targets.map((t) => hostName(t.baseUrl)))];
  opts.progress?.step({ kind: 'probing', setups: plan.targets.length, hosts });
  const { probe } = await import('./probe/anthropic.js');
  status?.watch();
  const { needsStatus } = await import('./probe/status-consult.js');
  // --probe-oauth: each subscription token's usage is asked beside its probe, by the same deadline.
  const usage = opts.claudeCode?.probeOauth ? oauthUsage(plan.targets, deadline) : Promise.resolve([]);
  const probes = await Promise.all(
    plan.targets.map((t) =>
      probe(t, deadline).then((r) => {
        // A failure the page may explain: ask it now, while the other probes still wait.
        if (needsStatus(r)) status?.start();
        return r;
      }),
    ),
  );
  return { probes, refusals: plan.findings, targets: plan.targets, usage: await usage };
}

/** GET /api/oauth/usage for every target whose credential is a subscription token (loaded only then). */
async function oauthUsage(targets: ProbeTarget[], deadline: number): Promise<OauthUsageResult[]> {
  const { isOauthToken, checkOauthUsage } = await import('./probe/oauth-usage.js');
  return Promise.all(targets.filter(isOauthToken).map((t) => checkOauthUsage(t, deadline)));
}

/** The usage answers' findings; a refusal the probe of the same setup already reported is not said twice. */
function usageFindings(usage: OauthUsageResult[], probes: ProbeResult[]): Finding[] {
  return usage.flatMap((u) => {
    const profile = u.profiles[0]!;
    if (probes.some((p) => p.profiles.includes(profile) && p.code === u.code)) return [];
    return [{ ...finding(u.code, u.args as never), profile }];
  });
}

/** The containers' setups, after the host's, within what is left of the limit. */
async function withContainerProbes(
  host: Probed,
  profiles: Profile[],
  { opts, deadline, status }: { opts: DoctorOptions; deadline: number; status?: StatusConsult },
): Promise<Probed> {
  if (!profiles.length) return host;
  const known = new Map(host.targets.map((t) => [targetKey(t), t]));
  const more = await startProbes(profiles, opts, deadline, {
    known,
    limit: MAX_PROBES - host.targets.length,
    status,
  });
  return {
    probes: [...host.probes, ...more.probes],
    refusals: [...host.refusals, ...more.refusals],
    targets: [...host.targets, ...more.targets],
    usage: [...host.usage, ...more.usage],
  };
}

/** Why a refused key was refused, when an Admin key is at hand (loaded only then). */
async function adminLookup(
  opts: DoctorOptions,
  run: { probes: ProbeResult[]; targets: ProbeTarget[]; deadline: number },
): Promise<Finding[]> {
  if (opts.offline || (!opts.adminKeyEnv && !(opts.useEnv && opts.env.ANTHROPIC_ADMIN_KEY?.trim()))) return [];
  const { adminFindings, adminKeyOf } = await import('./probe/admin-lookup.js');
  const admin = adminKeyOf(opts.env, opts.adminKeyEnv, opts.useEnv)!;
  return adminFindings({ ...run, admin, now: Date.now(), showSecrets: opts.showSecrets });
}

/** The status page's watcher, loaded with the probes only (a plain offline check loads none of it). */
async function statusWatch(opts: DoctorOptions, deadline: number): Promise<StatusConsult> {
  const { statusConsult } = await import('./probe/status-consult.js');
  return statusConsult(opts.env, deadline);
}

/** The page's word, when a probe failed on Anthropic's side or did not reach it; else the early ask ends. */
async function statusFindings(status: StatusConsult, probes: ProbeResult[]): Promise<Finding[]> {
  const { needsStatus, statusFinding } = await import('./probe/status-consult.js');
  const failed = probes.filter(needsStatus);
  if (!failed.length) {
    status.cancel();
    return [];
  }
  return [statusFinding(await status.result(), failed, Date.now())];
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
  const addresses = engineAddresses(opts.dockerHosts, opts.env);
  const progress = opts.progress;
  progress?.step({ kind: 'engines', engines: addresses.length });
  let containers = 0;
  const result = await readDocker({
    addresses,
    only: opts.containers,
    env: opts.env,
    deadline,
    // --container names containers: no engine to read them from is an error, as with --docker.
    required: opts.docker === true || Boolean(opts.containers?.length),
    onListed: (n) => {
      containers += n;
      if (n) progress?.step({ kind: 'containers', containers, engines: addresses.length });
    },
  });
  progress?.end('containers');
  return result;
}

/** The Kubernetes source, loaded only when --kube is given. */
async function readCluster(opts: DoctorOptions, home: string, deadline: number): Promise<KubeResult> {
  const { readKube } = await import('./sources/kubernetes.js');
  return readKube(opts.kubeFiles ?? [], {
    cwd: opts.cwd,
    home,
    deadline,
    ...(opts.kubeStdin ? { stdin: opts.kubeStdin } : {}),
  });
}

async function kubeChecks(kube: KubeResult): Promise<Finding[]> {
  const { checkKube } = await import('./checks/kubernetes.js');
  return checkKube(kube);
}

/**
 * An engine that does not answer is worth a line only when Docker was asked for (--docker,
 * --docker-host, DOCKER_HOST, --container) or the setup points at containers (OpenHands runs in one,
 * a base URL names host.docker.internal). Otherwise it is noise, shown by --verbose.
 */
function dockerWanted(opts: DoctorOptions, profiles: Profile[], settings: Setting[]): boolean {
  if (opts.docker === true || opts.dockerHosts?.length || opts.containers?.length || opts.env.DOCKER_HOST) return true;
  return (
    profiles.some((p) => p.client === 'openhands-web' || p.client === 'openhands-headless') ||
    settings.some((s) => s.role === 'base_url' && /\bhost\.docker\.internal\b/i.test(s.value))
  );
}

/** No engine at all (no socket, nothing listening): an engine that exists but fails is always shown. */
const engineAbsent = (p: SourceProblem) =>
  p.code === 'docker/unreachable' && ['no-socket', 'refused'].includes((p.args as { reason?: string }).reason ?? '');

/** The host a probe goes to, for the progress line. */
function hostName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '?';
  }
}

/** Each container's own profiles (its env and its settings file), numbered after the host's. */
function containerScopes(result: DockerResult, offset: number, opts: DoctorOptions) {
  let next = offset;
  return result.containers.flatMap((c) => {
    const settings = result.settings.filter((s) => s.location.kind === 'container' && s.location.id === c.id);
    const label = `container ${c.name}`;
    if (c.kind !== 'app' && !settings.length) return [];
    const inside = {
      id: c.id,
      webFiles: result.webFiles.filter((w) => w.container === c.id),
      settingsFacts: result.settingsFacts.filter((f) => f.location.kind === 'container' && f.location.id === c.id),
      litellmConfigs: result.litellmConfigs.filter((l) => l.container === c.id).map((l) => l.facts),
    };
    const factsOf = (client: AnyClient) => client.inContainer?.(inside);
    const container = {
      label,
      app: c.kind === 'app',
      ...(c.version ? { version: c.version } : {}),
      ...(c.kind === 'litellm' ? { proxy: true } : {}),
    };
    const byClient = profilesIn({ settings, container, opts }, factsOf, next).map((f) => ({
      client: f.client,
      profiles: f.profiles.map((p) => ({
        ...p,
        label: p.label && p.label !== label ? `${label} ${p.label}` : label,
      })),
    }));
    markServiceProfiles(byClient, factsOf);
    const profiles = byClient.flatMap((f) => f.profiles);
    next += profiles.length;
    return [{ container: c, settings, profiles, byClient, factsOf }];
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
        // Claude Code and the SDK send the model id as it is; only OpenHands routes it through LiteLLM.
        litellm:
          users.some((p) => clientOf(p.client)?.litellm) ||
          setting.source === 'openhands-config' ||
          setting.source === 'openhands-settings',
        keyProviders: users.map((p) => p.apiKey && providerOfKey(p.apiKey.value)),
        provider: users.map((p) => p.provider?.value.trim()).find(Boolean),
      });
    case 'base_url': {
      const found = checkBaseUrl(
        setting,
        users.map((p) => p.client),
      );
      // A value that clients of both styles use: url/v1-shared says what to split, "remove /v1" would break one.
      const styles = new Set(users.map((p) => baseUrlStyleOf(p) === 'sdk'));
      return styles.size > 1 ? found.filter((f) => f.code !== 'url/v1-suffix') : found;
    }
    case 'provider':
    case 'api_version':
      return [];
  }
}
