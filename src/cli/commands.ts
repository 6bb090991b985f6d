// The commands, as data: yargs builds its parser and help from this table, the command-line checks
// (validate.ts) read it to name a mistyped command or option, and completion scripts list it.
import { CHECK_OPTIONS, GLOBAL_OPTIONS, type OptionSpec } from './options.js';

export const EXPLAIN_OPTIONS = {
  file: { type: 'string', describe: 'a log file to read (streamed: any size)' },
  format: { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'output format' },
} as const satisfies Record<string, OptionSpec>;

export const STATUS_OPTIONS = {
  format: { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'output format' },
  timeout: {
    type: 'number',
    default: 10000,
    describe: 'how long to wait for the status page, in milliseconds (1 to 600000)',
  },
} as const satisfies Record<string, OptionSpec>;

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export type CommandName = 'check' | 'explain' | 'status' | 'codes' | 'help' | 'version' | 'completion';

export interface CommandSpec {
  options: Record<string, OptionSpec>;
  /** The positional argument's name, as the help shows it (`text..` takes any number). */
  positional?: 'text..' | 'code' | 'command' | 'shell';
}

export const COMMANDS: Record<CommandName, CommandSpec> = {
  check: { options: CHECK_OPTIONS },
  explain: { options: EXPLAIN_OPTIONS, positional: 'text..' },
  status: { options: STATUS_OPTIONS },
  codes: { options: {}, positional: 'code' },
  help: { options: {}, positional: 'command' },
  version: { options: {} },
  completion: { options: {}, positional: 'shell' },
};

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** Options every command takes, besides the table's: yargs' own. */
export const BUILTIN_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', describe: 'show help' },
  version: { type: 'boolean', describe: 'print the version' },
};
export const SHORT_OPTIONS: Record<string, string> = { h: 'help', v: 'version' };

/** Every option a command accepts, by name. */
export function optionsOf(command: CommandName): Record<string, OptionSpec> {
  return { ...COMMANDS[command].options, ...GLOBAL_OPTIONS, ...BUILTIN_OPTIONS };
}

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
