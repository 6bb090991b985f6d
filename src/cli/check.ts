// `claude-doctor check`: run the doctor, print the report, return the exit code.
import { CODES, isCode, type Code } from '../catalog/index.js';
import { runDoctor } from '../doctor.js';
import { pickLang } from '../i18n.js';
import { colorEnabled, paint } from '../report/color.js';
import { jsonReport } from '../report/json.js';
import { failed, summarize } from '../report/render.js';
import { textReport } from '../report/text.js';
import { suggest } from '../suggest.js';
import { VERSION } from '../version.js';
import { UsageError, type Io } from './io.js';
import type { CheckArgs } from './options.js';

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const ignore = args.ignore.map(toCode);
  const lang = pickLang(args.lang, io.env);
  const showSecrets = args['show-secrets'];
  if (!(args.timeout > 0)) throw new UsageError('--timeout must be a positive number of milliseconds');
  const report = await runDoctor({
    env: io.env, cwd: io.cwd, envFiles: args['env-file'], configFiles: args.config, settingsFiles: args.settings, useEnv: args.env,
    docker: args.docker, dockerHosts: args['docker-host'], containers: args.container, timeout: args.timeout,
    offline: args.offline, probe: { scheme: args['auth-scheme'], model: args.model, baseUrl: args['base-url'] },
    today: io.today ?? new Date().toISOString().slice(0, 10), showSecrets, ignore,
  });
  const common = { lang, strict: args.strict, showSecrets, version: VERSION };
  io.stdout.write(args.format === 'json'
    ? jsonReport(report, common)
    : textReport(report, { ...common, offline: args.offline, color: paint(colorEnabled(io.env, Boolean(io.stdout.isTTY))) }));
  return failed(summarize(report.findings), args.strict) ? 1 : 0;
}

export function toCode(text: string): Code {
  if (isCode(text)) return text;
  const close = suggest(text, CODES);
  throw new UsageError(`unknown code "${text}"${close ? ` (did you mean ${close}?)` : ''}; claude-doctor codes lists them`);
}
