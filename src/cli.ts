// yargs wiring only: parse argv, run the doctor, pick a reporter, return the exit code.
import yargs from 'yargs';
import { CODES, isCode, type Code } from './catalog/index.js';
import { codeList, codePage } from './docs-page.js';
import { runDoctor } from './doctor.js';
import { pickLang } from './i18n.js';
import { colorEnabled, paint } from './report/color.js';
import { jsonReport } from './report/json.js';
import { failed, summarize } from './report/render.js';
import { textReport } from './report/text.js';
import { scrubKeyShapes } from './secrets.js';
import { suggest } from './suggest.js';
import { VERSION } from './version.js';

export interface Io {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  /** Today's date as YYYY-MM-DD (UTC); fixed in tests. */
  today?: string;
}

class UsageError extends Error {}

const KEY_ON_COMMAND_LINE = /\bsk-ant-/;
const NO_KEYS_ON_COMMAND_LINE =
  'claude-doctor never takes a key on the command line (it would stay in your shell history and in ps): ' +
  'set ANTHROPIC_API_KEY or LLM_API_KEY, or use --env-file. If that was a real key, consider rotating it.';

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName('claude-doctor')
    .version(VERSION)
    .help()
    .strict()
    .exitProcess(false)
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    })
    .option('lang', { type: 'string', choices: ['en', 'ja'], describe: 'language of the report (default: from LC_ALL, LC_MESSAGES, LANG)' })
    .command(
      ['check', '$0'],
      'find every configured key, model and base URL, and check them',
      (y) => y
        .option('offline', { type: 'boolean', default: false, describe: 'no live probe (only offline checks)' })
        .option('env-file', { type: 'string', array: true, describe: '.env file to read (repeatable; default ./.env when present)' })
        .option('config', { type: 'string', array: true, describe: 'OpenHands config.toml (repeatable; default ./config.toml and ~/.openhands/config.toml when present)' })
        .option('settings', { type: 'string', array: true, describe: 'OpenHands Web UI settings.json (repeatable; default the known host paths when present)' })
        .option('env', { type: 'boolean', default: true, describe: 'read the process environment (--no-env to ignore it)' })
        .option('docker', { type: 'boolean', describe: 'inspect Docker containers (--no-docker to skip)' })
        .option('format', { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'output format' })
        .option('strict', { type: 'boolean', default: false, describe: 'warnings also fail (exit 1)' })
        .option('ignore', { type: 'string', array: true, default: [] as string[], describe: 'suppress a code (repeatable)' })
        .option('show-secrets', { type: 'boolean', default: false, describe: 'print keys unredacted (never the default)' }),
      (args) => {
        const ignore = args.ignore.map(toCode);
        const lang = pickLang(args.lang, io.env);
        const showSecrets = args['show-secrets'];
        const report = runDoctor({
          env: io.env, cwd: io.cwd, envFiles: args['env-file'], configFiles: args.config, settingsFiles: args.settings, useEnv: args.env,
          today: io.today ?? new Date().toISOString().slice(0, 10), showSecrets, ignore,
        });
        const common = { lang, strict: args.strict, showSecrets, version: VERSION };
        io.stdout.write(args.format === 'json'
          ? jsonReport(report, common)
          : textReport(report, { ...common, offline: true, color: paint(colorEnabled(io.env, Boolean(io.stdout.isTTY))) }));
        exitCode = failed(summarize(report.findings), args.strict) ? 1 : 0;
      },
    )
    .command(
      'codes [code]',
      'list every code, or print the page of one',
      (y) => y.positional('code', { type: 'string', describe: 'a code such as key/whitespace' }),
      (args) => {
        io.stdout.write(args.code ? codePage(toCode(args.code)) : codeList(pickLang(args.lang, io.env)));
      },
    );
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (error) {
    // Never echo a key, even one typed on the command line by mistake.
    if (error instanceof UsageError) {
      const hint = KEY_ON_COMMAND_LINE.test(argv.join(' ')) ? `\n${NO_KEYS_ON_COMMAND_LINE}` : '';
      io.stderr.write(scrubKeyShapes(`claude-doctor: ${error.message}${hint}\nRun claude-doctor --help for usage.\n`));
      return 2;
    }
    // An internal failure: say so plainly; the stack only on request.
    const detail = io.env.CLAUDE_DOCTOR_DEBUG ? `\n${(error as Error).stack}` : '';
    io.stderr.write(scrubKeyShapes(`claude-doctor: internal error: ${(error as Error).message}${detail}\n`));
    return 2;
  }
}

function toCode(text: string): Code {
  if (isCode(text)) return text;
  const close = suggest(text, CODES);
  throw new UsageError(`unknown code "${text}"${close ? ` (did you mean ${close}?)` : ''}; claude-doctor codes lists them`);
}
