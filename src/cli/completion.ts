// `claude-doctor completion bash|zsh|fish`: a completion script generated from the command and option
// tables, so it offers exactly what the parser accepts: commands, each command's options, the values
// of options with choices, files where a path is expected, and the codes for `codes` and `--ignore`.
// Every word in a script is ours (names, choices, codes): nothing from the user's machine goes in.
import { CODES } from '../catalog/index.js';
import type { UiWords } from '../catalog/ui.js';
import type { Lang } from '../types.js';
import { COMMAND_NAMES, optionsOf, SHELLS, type CommandName } from './commands.js';
import { EXPLAIN_OPTIONS_JA, OPTIONS_JA, STATUS_OPTIONS_JA } from './help-ja.js';
import type { OptionSpec } from './options.js';

export type Shell = (typeof SHELLS)[number];

/** The Japanese words of a command's options. */
function jaOptions(command: CommandName): Record<string, string> {
  if (command === 'explain') return EXPLAIN_OPTIONS_JA;
  return command === 'status' ? { ...OPTIONS_JA, ...STATUS_OPTIONS_JA } : OPTIONS_JA;
}

/** Options whose value is a path: the shell completes file names there. */
const PATH_OPTIONS = new Set(['env-file', 'config', 'settings', 'file', 'project']);

/** The values offered after an option, or undefined when it takes free text (a model, a URL). */
function valuesOf(name: string, spec: OptionSpec): readonly string[] | undefined {
  if (spec.choices) return spec.choices;
  if (name === 'ignore') return CODES;
  return undefined;
}

/** The words offered as a command's arguments: its options, and the values of its positional. */
function positionalValues(command: CommandName): readonly string[] {
  if (command === 'codes') return CODES;
  if (command === 'help') return COMMAND_NAMES;
  if (command === 'completion') return SHELLS;
  return [];
}

/** An option's long names: a flag has a `--no-` form too (not --help and --version, yargs' own). */
function longNames(name: string, spec: OptionSpec): string[] {
  return spec.type === 'boolean' && name !== 'help' && name !== 'version' ? [name, `no-${name}`] : [name];
}

function optionWords(command: CommandName): string[] {
  return Object.entries(optionsOf(command)).flatMap(([name, spec]) => longNames(name, spec).map((n) => `--${n}`));
}

/** The cases that follow an option: `command option) values`. */
interface ValueCase {
  command: CommandName;
  option: string;
  kind: 'files' | 'none' | readonly string[];
}

function valueCases(): ValueCase[] {
  return COMMAND_NAMES.flatMap((command) =>
    Object.entries(optionsOf(command)).flatMap(([option, spec]): ValueCase[] => {
      if (spec.type === 'boolean') return [];
      if (PATH_OPTIONS.has(option)) return [{ command, option, kind: 'files' }];
      return [{ command, option, kind: valuesOf(option, spec) ?? 'none' }];
    }),
  );
}

function bash(): string {
  const cases = valueCases().map(({ command, option, kind }) => {
    if (kind === 'files') return `    "${command} --${option}") COMPREPLY=($(compgen -f -- "$cur")); return ;;`;
    if (kind === 'none') return `    "${command} --${option}") COMPREPLY=(); return ;;`;
    return `    "${command} --${option}") COMPREPLY=($(compgen -W "${kind.join(' ')}" -- "$cur")); return ;;`;
  });
  const words = COMMAND_NAMES.map(
    (command) => `    ${command}) words="${[...optionWords(command), ...positionalValues(command)].join(' ')}" ;;`,
  );
  return `# claude-doctor completion for bash. Add to ~/.bashrc: eval "$(claude-doctor completion bash)"
_claude_doctor() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd=check seen=0 i words
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${COMMAND_NAMES.join('|')}) cmd="\${COMP_WORDS[i]}"; seen=1; break ;;
    esac
  done
  case "$cmd $prev" in
${cases.join('\n')}
  esac
  case "$cmd" in
${words.join('\n')}
  esac
  if [ "$seen" = 0 ]; then words="${COMMAND_NAMES.join(' ')} $words"; fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _claude_doctor claude-doctor
`;
}

function zsh(): string {
  const cases = valueCases().map(({ command, option, kind }) => {
    if (kind === 'files') return `    ("${command} --${option}") _files; return ;;`;
    if (kind === 'none') return `    ("${command} --${option}") return ;;`;
    return `    ("${command} --${option}") compadd -- ${kind.join(' ')}; return ;;`;
  });
  const words = COMMAND_NAMES.map(
    (command) => `    (${command}) compadd -- ${[...optionWords(command), ...positionalValues(command)].join(' ')} ;;`,
  );
  return `#compdef claude-doctor
# claude-doctor completion for zsh. Add to ~/.zshrc, after compinit: source <(claude-doctor completion zsh)
_claude_doctor() {
  local cmd=check seen=0 i
  for ((i = 2; i < CURRENT; i++)); do
    case "\${words[i]}" in
      (${COMMAND_NAMES.join('|')}) cmd="\${words[i]}"; seen=1; break ;;
    esac
  done
  case "$cmd \${words[CURRENT-1]}" in
${cases.join('\n')}
  esac
  case "$cmd" in
${words.join('\n')}
  esac
  if (( ! seen )); then compadd -- ${COMMAND_NAMES.join(' ')}; fi
}
compdef _claude_doctor claude-doctor
`;
}

/** A single-quoted fish string. */
function fishQuote(text: string): string {
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

function fish(lang: Lang, words: UiWords['cli']): string {
  const others = COMMAND_NAMES.filter((c) => c !== 'check').join(' ');
  const when = (command: CommandName) =>
    command === 'check' ? `not __fish_seen_subcommand_from ${others}` : `__fish_seen_subcommand_from ${command}`;
  const lines = [
    '# claude-doctor completion for fish. Save as ~/.config/fish/completions/claude-doctor.fish',
    'complete -c claude-doctor -f',
  ];
  for (const command of COMMAND_NAMES)
    lines.push(
      `complete -c claude-doctor -n __fish_use_subcommand -a ${command} -d ${fishQuote(words.commands[command])}`,
    );
  for (const command of COMMAND_NAMES) {
    for (const [name, spec] of Object.entries(optionsOf(command))) {
      const describe = (lang === 'ja' && jaOptions(command)[name]) || spec.describe;
      const values = valuesOf(name, spec);
      let takes = '';
      if (PATH_OPTIONS.has(name)) takes = ' -r -F';
      else if (values) takes = ` -x -a ${fishQuote(values.join(' '))}`;
      else if (spec.type !== 'boolean') takes = ' -x';
      for (const long of longNames(name, spec))
        lines.push(
          `complete -c claude-doctor -n ${fishQuote(when(command))} -l ${long}${takes} -d ${fishQuote(describe)}`,
        );
    }
    const positional = positionalValues(command);
    // Stryker disable next-line ConditionalExpression: equivalent, `-a ''` offers nothing; the line is just left out
    if (positional.length)
      lines.push(`complete -c claude-doctor -n ${fishQuote(when(command))} -a ${fishQuote(positional.join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, lang: Lang, words: UiWords['cli']): string {
  if (shell === 'bash') return bash();
  if (shell === 'zsh') return zsh();
  return fish(lang, words);
}
