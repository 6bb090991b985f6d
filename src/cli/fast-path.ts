// The fast path: the invocations a CI preflight makes on every deploy (`check` with known options)
// are parsed with yargs-parser alone, from the same option table as yargs. Anything else (help,
// other commands, a mistake) goes to yargs, which also owns every usage message. Loading yargs costs
// about half of the start-up budget, so it is loaded only then.
import parser from 'yargs-parser';
import { CHECK_OPTIONS, GLOBAL_OPTIONS, type CheckArgs, type OptionSpec } from './options.js';

const OPTIONS: Record<string, OptionSpec> = { ...CHECK_OPTIONS, ...GLOBAL_OPTIONS };
const keys = (test: (o: OptionSpec) => boolean) => Object.keys(OPTIONS).filter((k) => test(OPTIONS[k]!));

const PARSER_OPTIONS: parser.Options = {
  boolean: keys((o) => o.type === 'boolean'),
  string: keys((o) => o.type === 'string'),
  number: keys((o) => o.type === 'number'),
  array: keys((o) => Boolean(o.array)),
  default: Object.fromEntries(keys((o) => o.default !== undefined).map((k) => [k, OPTIONS[k]!.default])),
  configuration: { 'camel-case-expansion': false, 'dot-notation': false },
};

/** The arguments of a plain `check` run, or undefined when yargs must handle the command line. */
export function fastParse(argv: string[]): CheckArgs | undefined {
  const rest = argv[0] === 'check' ? argv.slice(1) : argv;
  if (!valuesOnly(rest)) return undefined;
  const parsed = parser(rest, PARSER_OPTIONS) as Record<string, unknown>;
  if ((parsed._ as unknown[]).length) return undefined;
  for (const [key, value] of Object.entries(parsed)) {
    if (key === '_') continue;
    const spec = OPTIONS[key];
    if (!spec) return undefined;
    const values = Array.isArray(value) ? value : [value];
    if (!spec.array && Array.isArray(value)) return undefined;
    for (const v of values) {
      const type = spec.type === 'number' || spec.type === 'boolean' ? spec.type : 'string';
      if (typeof v !== type || v === '' || Number.isNaN(v)) return undefined;
      if (spec.choices && !spec.choices.includes(v as string)) return undefined;
    }
  }
  return parsed as unknown as CheckArgs;
}

/**
 * True when every word is a long option or the value of the option before it: a positional (another
 * command, a stray word), a short flag, `--`, --help and --version are yargs' business.
 */
function valuesOnly(args: string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '--version' || a === '--') return false;
    if (!a.startsWith('--')) return false;
    const [name, value] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
    const spec = OPTIONS[name.replace(/^no-/, '')] ?? OPTIONS[name];
    // yargs-parser quietly fills in a default for `--format` with no value, or reads `--offline=maybe`
    // as false; yargs says what is wrong instead.
    if (spec?.type === 'boolean' && value !== undefined && value !== 'true' && value !== 'false') return false;
    if ((spec?.type === 'string' || spec?.type === 'number') && value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) return false;
      i++;
    }
  }
  return true;
}
