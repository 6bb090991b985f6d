// One long option as typed (`--name`, `--no-name`, `--name=value`), looked up in an option table. The
// fast path and the command-line checks read options alike through it.
import type { OptionSpec } from './options.js';

export interface LongOption {
  /** The option as typed, without `--` and `=value`: `no-docker`. */
  typed: string;
  /** The option of the table it names (`docker` for `no-docker`); undefined when none. */
  spec?: OptionSpec;
  name: string;
  /** `--no-name` of a flag. */
  negated: boolean;
  /** The value after `=`, when one is given that way. */
  inline?: string;
}

/** The option `arg` names, or undefined when `arg` is no long option. */
export function longOption(arg: string, options: Record<string, OptionSpec>): LongOption | undefined {
  if (!arg.startsWith('--')) return undefined;
  const equals = arg.indexOf('=');
  // Stryker disable next-line EqualityOperator: equivalent, an argument starting with -- has no = at 0
  const typed = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
  // Stryker disable next-line EqualityOperator: equivalent, as above
  const inline = equals < 0 ? undefined : arg.slice(equals + 1);
  const base = { typed, inline };
  if (Object.hasOwn(options, typed)) return { ...base, name: typed, spec: options[typed]!, negated: false };
  const flag = typed.slice(3);
  const negates = typed.startsWith('no-') && Object.hasOwn(options, flag) && options[flag]!.type === 'boolean';
  return negates
    ? { ...base, name: flag, spec: options[flag]!, negated: true }
    : { ...base, name: typed, negated: false };
}
