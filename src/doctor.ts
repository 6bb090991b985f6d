// The flow, start to finish: sources -> settings -> profiles -> checks -> findings -> report.
import type { Code } from './catalog/index.js';
import { checkBaseUrl } from './checks/base-url.js';
import { checkBothCredentials, checkConflict, checkMissing } from './checks/consistency.js';
import { checkCredential } from './checks/credential.js';
import { checkDotenvLine, checkDuplicates } from './checks/dotenv-lines.js';
import { checkModel } from './checks/model.js';
import { bySeverity, capSeverity, finding, type Finding } from './findings.js';
import { profilesUsing, resolveProfiles } from './profiles.js';
import { readDotenvFiles } from './sources/dotenv.js';
import { readEnvironment } from './sources/env.js';
import type { Profile, Setting, SourceResult } from './types.js';

export interface DoctorOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** --env-file paths; undefined means the default ./.env when present. */
  envFiles?: string[];
  useEnv: boolean;
  /** Today's date (YYYY-MM-DD, UTC), for model retirement dates. */
  today: string;
  showSecrets: boolean;
  ignore: Code[];
}

export interface Report {
  sources: string[];
  settings: Setting[];
  profiles: Profile[];
  findings: Finding[];
}

export function runDoctor(opts: DoctorOptions): Report {
  const envFiles = opts.envFiles?.length ? opts.envFiles : ['.env'];
  const results: SourceResult[] = [
    opts.useEnv ? readEnvironment(opts.env) : { settings: [], problems: [] },
    readDotenvFiles(envFiles, opts.cwd, Boolean(opts.envFiles?.length)),
  ];
  const settings = results.flatMap((r) => r.settings);
  const profiles = resolveProfiles(settings);
  const findings = [
    ...results.flatMap((r) => r.problems.map((p) => finding(p.code, p.args as never, { location: { kind: 'file', path: p.path } }))),
    ...settings.flatMap((s) => checkSetting(s, profiles, opts)),
    ...checkDuplicates(results.flatMap((r) => r.dotenvFiles ?? [])),
    ...checkMissing(profiles, settings),
    ...checkBothCredentials(profiles),
    ...checkConflict(profiles, settings, opts.showSecrets),
  ];
  return {
    sources: [...(opts.useEnv ? ['environment'] : []), ...results.flatMap((r) => r.dotenvFiles?.map((f) => f.path) ?? [])],
    settings,
    profiles,
    findings: findings.filter((f) => !opts.ignore.includes(f.code)).sort(bySeverity),
  };
}

function checkSetting(setting: Setting, profiles: Profile[], opts: DoctorOptions): Finding[] {
  const users = profilesUsing(profiles, setting);
  const found = [...valueChecks(setting, users, opts), ...checkDotenvLine(setting, opts.showSecrets)];
  // A value no client uses can still bite (docker --env-file, another shell), but it is not what fails now.
  return found.map((f) => (users.length ? { ...f, profile: users[0]!.id } : capSeverity(f, 'warning')));
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
      return checkModel(setting, opts.today);
    case 'base_url':
      return checkBaseUrl(setting, users.map((p) => p.client));
  }
}
