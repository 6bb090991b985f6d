// yargs wiring: every command, the help text and every usage message. The common `check`
// invocations skip it (fast-path.ts); both paths run the same code once the arguments are parsed.
import yargs, { type Argv } from 'yargs';
import { codeList, codePage } from '../docs-page.js';
import { pickLang } from '../i18n.js';
import { VERSION } from '../version.js';
import { runCheck, toCode } from './check.js';
import { runExplain } from './explain.js';
import { UsageError, type Io } from './io.js';
import { CHECK_OPTIONS, GLOBAL_OPTIONS, type CheckArgs, type OptionSpec } from './options.js';

function withOptions<T>(y: Argv<T>, table: Record<string, OptionSpec>): Argv<T> {
  let out = y;
  for (const [name, spec] of Object.entries(table)) {
    out = out.option(name, {
      ...spec,
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
  let exitCode = 0;
  // After a named command yargs renders and caches the whole help text; after the default command
  // it does not. `check` is the default command, so run it as such.
  const args = argv[0] === 'check' ? argv.slice(1) : argv;
  const parser = withOptions(yargs(args), GLOBAL_OPTIONS)
    .scriptName('claude-doctor')
    .version(VERSION)
    .help()
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    })
    .command(
      ['check', '$0'],
      'find every configured key, model and base URL, and check them',
      (y) => withOptions(y, CHECK_OPTIONS),
      async (parsed) => {
        exitCode = await onCheck(parsed as unknown as CheckArgs);
      },
    )
    .command(
      'explain [text..]',
      'diagnose a pasted error or a whole log (reads stdin when no text or --file is given)',
      (y) =>
        y
          .positional('text', { type: 'string', array: true, describe: 'the error text' })
          .option('file', { type: 'string', describe: 'a log file to read (streamed: any size)' })
          .option('format', { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'output format' }),
      async (parsed) => {
        exitCode = await runExplain(
          {
            text: parsed.text,
            file: parsed.file,
            format: parsed.format as 'text' | 'json',
            lang: parsed.lang as string | undefined,
          },
          io,
        );
      },
    )
    .command(
      'codes [code]',
      'list every code, or print the page of one',
      (y) => y.positional('code', { type: 'string', describe: 'a code such as key/whitespace' }),
      (parsed) => {
        io.stdout.write(
          parsed.code ? codePage(toCode(parsed.code)) : codeList(pickLang(parsed.lang as string | undefined, io.env)),
        );
      },
    );
  await parser.parseAsync();
  return exitCode;
}
