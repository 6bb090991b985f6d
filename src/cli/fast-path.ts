// The fast path: the invocations a CI preflight makes on every deploy (`check` with known long options)
// are parsed here, from the same option table as yargs. Anything else (help, other commands, short
// flags, a mistake, a form this parser does not know) goes to yargs, which also owns every usage
// message. Loading yargs costs about half of the start-up budget, and even yargs-parser alone about
// 2 ms, so neither is loaded on this path. test/cli/fast-path.test.ts checks that both agree.
import { longOption } from './long-option.js';
import { CHECK_OPTIONS, GLOBAL_OPTIONS, type CheckArgs, type OptionSpec } from './options.js';

const OPTIONS: Record<string, OptionSpec> = { ...CHECK_OPTIONS, ...GLOBAL_OPTIONS };
const DEFAULTS = Object.entries(OPTIONS).flatMap(([name, o]) => (o.default === undefined ? [] : [[name, o.default]]));

/** The arguments of a plain `check` run, or undefined when yargs must handle the command line. */
export function fastParse(argv: string[]): CheckArgs | undefined {
  const args = argv[0] === 'check' ? argv.slice(1) : argv;
  const parsed: Record<string, unknown> = Object.fromEntries(DEFAULTS);
  const given = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const option = readOption(args[i]!, args[i + 1]);
    if (!option) return undefined;
    if (option.tookNext) i++;
    const spec = OPTIONS[option.name]!;
    // One value per option unless it repeats by design; yargs says what is wrong otherwise.
    if (given.has(option.name) && !spec.array) return undefined;
    given.add(option.name);
    parsed[option.name] = spec.array
      ? [...((parsed[option.name] as unknown[] | undefined) ?? []), option.value]
      : option.value;
  }
  return parsed as unknown as CheckArgs;
}

interface Option {
  name: string;
  value: string | number | boolean;
  tookNext: boolean;
}

/** One `--name`, `--no-name`, `--name=value` or `--name value`; undefined for anything else. */
function readOption(arg: string, next: string | undefined): Option | undefined {
  const option = longOption(arg, OPTIONS);
  if (!option?.spec) return undefined;
  const { name, spec, inline } = option;
  if (option.negated) return inline === undefined ? { name, value: false, tookNext: false } : undefined;
  if (spec.type === 'boolean') {
    if (inline === undefined) return { name, value: true, tookNext: false };
    return inline === 'true' || inline === 'false' ? { name, value: inline === 'true', tookNext: false } : undefined;
  }
  const text = inline ?? next;
  // An empty value, or one that looks like an option, is left to yargs to read or refuse.
  if (text === undefined || text === '' || text.startsWith('-')) return undefined;
  if (spec.choices && !spec.choices.includes(text)) return undefined;
  if (spec.type === 'number' && !/^[0-9]+$/.test(text)) return undefined;
  return { name, value: spec.type === 'number' ? Number(text) : text, tookNext: inline === undefined };
}
