// The command line checked before yargs reads it, from the same tables: a mistyped command or option
// gets "did you mean", and a value of the wrong type is refused. yargs alone reads `--offline=maybe`
// as false and `--model` with no value as "", and would run with them.
import type { UiWords } from '../catalog/ui.js';
import { suggest } from '../suggest.js';
import { COMMAND_NAMES, COMMANDS, isCommand, optionsOf, SHORT_OPTIONS, type CommandName } from './commands.js';
import { UsageError } from './io.js';
import { longOption } from './long-option.js';
import type { OptionSpec } from './options.js';

type Words = UiWords['cli'];

/** Every option of every command: enough to tell an option's value from the command's name. */
const ALL_OPTIONS: Record<string, OptionSpec> = Object.assign({}, ...COMMAND_NAMES.map(optionsOf));

/** The command the line runs; throws a UsageError, in the user's words, for anything wrong. */
export function checkCommandLine(argv: string[], words: Words): CommandName {
  const command = commandOf(argv, words);
  const options = optionsOf(command);
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (isOption(arg)) {
      i += readOption({ arg, next: argv[i + 1], options, words });
      continue;
    }
    positionals.push(arg);
  }
  // The first positional is the command's own name (commandOf found it there), or there is none.
  positionals.shift();
  checkPositionals(command, positionals, words);
  return command;
}

function isOption(arg: string): boolean {
  return arg.startsWith('-') && arg !== '-';
}

/** The first argument that is neither an option nor an option's value; check when there is none. */
function commandOf(argv: string[], words: Words): CommandName {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (isOption(arg)) {
      // `--name=value` is no option's name: it takes nothing more.
      const spec = arg.startsWith('--') ? specOf(arg.slice(2), ALL_OPTIONS) : undefined;
      const next = argv[i + 1];
      if (spec && spec.type !== 'boolean' && next !== undefined && !looksLikeOption(next, spec)) i++;
      continue;
    }
    if (isCommand(arg)) return arg;
    throw new UsageError(words.unknownCommand(JSON.stringify(arg), hint(suggest(arg, COMMAND_NAMES), words)));
  }
  return 'check';
}

function specOf(name: string, options: Record<string, OptionSpec>): OptionSpec | undefined {
  return Object.hasOwn(options, name) ? options[name] : undefined;
}

function hint(close: string | undefined, words: Words): string {
  return close ? words.didYouMean(close) : '';
}

interface OptionArg {
  arg: string;
  next: string | undefined;
  options: Record<string, OptionSpec>;
  words: Words;
}

/** Checks one option; returns how many of the following arguments it took (0 or 1). */
function readOption({ arg, next, options, words }: OptionArg): number {
  if (!arg.startsWith('--')) {
    if (Object.hasOwn(SHORT_OPTIONS, arg.slice(1))) return 0;
    throw new UsageError(words.unknownOption(arg, ''));
  }
  const { typed, spec, negated, inline } = longOption(arg, options)!;
  const shown = `--${typed}`;
  if (negated) {
    if (inline !== undefined) throw new UsageError(words.noValue(shown));
    return 0;
  }
  if (!spec) throw new UsageError(words.unknownOption(shown, hint(closestOption(typed, options), words)));
  if (spec.type === 'boolean') {
    if (inline !== undefined && inline !== 'true' && inline !== 'false')
      throw new UsageError(words.booleanValue(shown, JSON.stringify(inline)));
    return 0;
  }
  const takesNext = inline === undefined && next !== undefined && !looksLikeOption(next, spec);
  const value = inline ?? (takesNext ? next : undefined);
  if (value === undefined || value === '') throw new UsageError(words.needsValue(shown));
  if (spec.type === 'number' && (value.trim() === '' || !Number.isInteger(Number(value))))
    throw new UsageError(words.wholeNumber(shown, JSON.stringify(value)));
  return takesNext ? 1 : 0;
}

/** `--ofline` -> `--offline`, `--no-dokcer` -> `--no-docker` (only a flag has a `--no-` form). */
function closestOption(name: string, options: Record<string, OptionSpec>): string | undefined {
  const flags = Object.keys(options).filter((o) => options[o]!.type === 'boolean');
  const negated = name.startsWith('no-') ? suggest(name.slice(3), flags) : undefined;
  if (negated) return `--no-${negated}`;
  const close = suggest(name, Object.keys(options));
  return close && `--${close}`;
}

/** `--model --offline`: the next argument is another option, not the value (a number may be negative). */
function looksLikeOption(next: string, spec: OptionSpec): boolean {
  if (spec.type === 'number' && /^-[0-9]/.test(next)) return false;
  return isOption(next);
}

/** How many positionals a command takes: explain any number, codes/help/completion one, the others none. */
function positionalCount(command: CommandName, given: number): number {
  const takes = COMMANDS[command].positional;
  if (takes === 'text..') return given;
  return takes ? 1 : 0;
}

function checkPositionals(command: CommandName, positionals: string[], words: Words): void {
  const allowed = positionalCount(command, positionals.length);
  if (positionals.length > allowed) {
    const extra = positionals[allowed]!;
    if (command === 'check' && !isCommand(extra)) {
      // `claude-doctor check chek`: most likely a command typed after the default one.
      const close = suggest(extra, COMMAND_NAMES);
      if (close) throw new UsageError(words.unknownCommand(JSON.stringify(extra), hint(close, words)));
    }
    throw new UsageError(words.extraArgument(command, JSON.stringify(extra)));
  }
  if (command === 'help' && positionals[0] !== undefined && !isCommand(positionals[0])) {
    const name = positionals[0];
    throw new UsageError(words.unknownCommand(JSON.stringify(name), hint(suggest(name, COMMAND_NAMES), words)));
  }
}
