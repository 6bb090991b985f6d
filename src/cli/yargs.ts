// yargs wiring: every command, the help text and every usage message. The common `check`
// invocations skip it (fast-path.ts); both paths run the same code once the arguments are parsed.
// The command line is checked first (validate.ts), in the user's language; yargs' own words are
// given in that language too (help-ja.ts).
import type { Argv } from 'yargs';
import { CODES, isCode } from '../catalog/index.js';
import { UI } from '../catalog/ui.js';
import { codeList, codeTerminalPage } from '../docs-page.js';
import { colorEnabled, paint } from '../report/color.js';
import { suggest } from '../suggest.js';
import { VERSION } from '../version.js';
import { runCheck } from './check.js';
import { COMMAND_NAMES, COMMANDS, SHELLS, type CommandName } from './commands.js';
import { completionScript, type Shell } from './completion.js';
import { runExplain } from './explain.js';
import { EXPLAIN_OPTIONS_JA, OPTIONS_JA, STATUS_OPTIONS_JA, YARGS_JA } from './help-ja.js';
import { lazyRequire } from '../lazy.js';
import { langOf } from './lang-of.js';
import { UsageError, type Io } from './io.js';
import { wrapWidth } from './stdio.js';
import { CHECK_OPTIONS, GLOBAL_OPTIONS, type CheckArgs, type OptionSpec } from './options.js';
import { checkCommandLine } from './validate.js';

/** The option table's words in English; `ja` holds the Japanese ones, by option name. */
function withOptions<T>(y: Argv<T>, table: Record<string, OptionSpec>, ja?: Record<string, string>): Argv<T> {
  let out = y;
  for (const [name, spec] of Object.entries(table)) {
    out = out.option(name, {
      ...spec,
      describe: ja?.[name] ?? spec.describe,
      choices: spec.choices ? [...spec.choices] : undefined,
      // A single-valued option given twice: the last one counts, as in most command-line tools.
      ...(spec.array ? {} : { coerce: (v: unknown) => (Array.isArray(v) ? v[v.length - 1] : v) }),
    });
  }
  return out;
}

/** Parses with yargs and runs the command; `onCheck` receives the arguments of `check`. */
export async function runYargs(
  argv: string[],
  io: Io,
  onCheck: (args: CheckArgs) => Promise<number> | number = (a) => runCheck(a, io),
): Promise<number> {
  const lang = langOf(argv, io.env);
  const words = UI[lang].cli;
  checkCommandLine(argv, words);
  let exitCode = 0;
  const write = (text: string) => io.stdout.write(text);
  const color = (flag: unknown) => colorEnabled(io.env, Boolean(io.stdout.isTTY), flag as boolean | undefined);
  // After a named command yargs renders and caches the whole help text; after the default command
  // it does not. `check` is the default command, so run it as such.
  const args = argv[0] === 'check' ? argv.slice(1) : argv;
  const ja = (table: Record<string, string>) => (lang === 'ja' ? table : undefined);
  // Its own bundle (dist/yargs.cjs), loaded only off the fast path: a check of the usual form never reads it.
  // require() of yargs' ES module gives its 'module.exports' export (the function) in Node; our bundle, a module.
  const loaded = lazyRequire<typeof import('yargs') | typeof import('yargs')['default']>('yargs');
  const yargs = typeof loaded === 'function' ? loaded : loaded.default;
  let parser = withOptions(yargs(), GLOBAL_OPTIONS, ja(OPTIONS_JA))
    .scriptName('claude-doctor')
    .locale(lang)
    .version('version', words.versionOption, VERSION)
    .alias('version', 'v')
    .help('help', words.helpOption)
    .alias('help', 'h')
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  // y18n keeps the words per locale: set after choosing it. Its type says strings only; y18n takes
  // plural forms too ({ one, other }), as yargs' locale files do.
  if (lang === 'ja') parser = parser.updateLocale(YARGS_JA as Record<string, string>);
  parser = parser
    .command(
      ['check', '$0'],
      words.commands.check,
      (y) => withOptions(y, CHECK_OPTIONS, ja(OPTIONS_JA)),
      async (parsed) => {
        exitCode = await onCheck(parsed as unknown as CheckArgs);
      },
    )
    .command(
      'explain [text..]',
      words.commands.explain,
      (y) =>
        withOptions(
          y.positional('text', { type: 'string', array: true, describe: words.positionals.text }),
          COMMANDS.explain.options,
          ja(EXPLAIN_OPTIONS_JA),
        ),
      async (parsed) => {
        const { text, file, format, color } = parsed as unknown as {
          text?: string[];
          file?: string;
          format: 'text' | 'json';
          color?: boolean;
        };
        exitCode = await runExplain({ text, file, format, lang: parsed.lang as string | undefined, color }, io);
      },
    )
    .command(
      'status',
      words.commands.status,
      (y) => withOptions(y, COMMANDS.status.options, ja(STATUS_OPTIONS_JA)),
      async (parsed) => {
        const { runStatus } = await import('./status.js');
        const { format, timeout } = parsed as unknown as { format: 'text' | 'json'; timeout: number };
        exitCode = await runStatus({ format, timeout, lang: parsed.lang as string | undefined }, io);
      },
    )
    .command(
      'codes [code]',
      words.commands.codes,
      (y) => y.positional('code', { type: 'string', describe: words.positionals.code }),
      (parsed) => {
        const code = parsed.code as string | undefined;
        if (code === undefined) return void write(codeList(lang, wrapWidth(io.stdout, io.env)));
        if (!isCode(code)) {
          const close = suggest(code, CODES);
          throw new UsageError(words.unknownCode(JSON.stringify(code), close ? words.didYouMean(close) : ''));
        }
        write(codeTerminalPage(code, lang, paint(color(parsed.color)), wrapWidth(io.stdout, io.env)));
      },
    )
    .command(
      'help [command]',
      words.commands.help,
      (y) => y.positional('command', { type: 'string', choices: COMMAND_NAMES, describe: words.positionals.command }),
      async (parsed) => {
        const named = parsed.command as CommandName | undefined;
        const langArgs = parsed.lang ? ['--lang', parsed.lang as string] : [];
        exitCode = await runYargs([...(named ? [named] : []), '--help', ...langArgs], io, onCheck);
      },
    )
    .command('version', words.commands.version, {}, () => {
      write(`${VERSION}\n`);
    })
    .command(
      'completion <shell>',
      words.commands.completion,
      (y) => y.positional('shell', { type: 'string', choices: SHELLS, describe: words.positionals.shell }),
      (parsed) => {
        write(completionScript(parsed.shell as Shell, lang, words));
      },
    );
  // With a callback yargs hands over the help and version texts instead of printing them itself.
  await parser.parseAsync(args, {}, (error, _parsed, output) => {
    if (!error && output) write(`${output}\n`);
  });
  return exitCode;
}
