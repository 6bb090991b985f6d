// What an apiKeyHelper command would start, without starting it: the program (found on PATH, a file,
// executable), and the literal it prints when the command is only `echo …` or `printf …`. Also the
// files that NODE_EXTRA_CA_CERTS and the client certificate variables name.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { readRegularFile } from '../../../sources/safe-read.js';
import { scrub } from '../../../secrets.js';
import type { Entry, HelperFacts, PathFacts } from '../facts.js';
import { settingOf, trustOf } from './common.js';
import type { RawHelper } from './settings-files.js';
import { shellWords, type Words } from './shell-words.js';

/** sh builtins a helper might start with; they are always there. */
const BUILTINS = new Set(['echo', 'printf', 'true', 'false', 'test', '[', 'read']);
const SHELL_WORDS = new Set(['exec', 'eval', 'source', '.', 'command', 'env', 'sudo', '{', '!', 'if', 'for', 'while']);

export interface HelperPlaces {
  home: string;
  projectDir: string;
  /** The PATH the helper would be looked up on (the given environment's). */
  path: string | undefined;
}

export function helperFacts(raw: RawHelper, places: HelperPlaces): HelperFacts {
  const parsed = shellWords(raw.command);
  const first = parsed.words[0];
  const program = first ?? raw.command.trim().split(/\s+/)[0] ?? '';
  const facts: HelperFacts = { helper: raw.entry, layer: raw.layer, program, state: 'unknown' };
  // `~/bin/get-key`: sh expands a leading ~ in the first word to $HOME.
  if (first === undefined && program.startsWith('~/')) facts.state = fileState(join(places.home, program.slice(2)));
  if (first === undefined || first.includes('=') || SHELL_WORDS.has(first)) return facts;
  facts.state = programState(first, places);
  const text = literalOf(parsed);
  if (text !== undefined) {
    const entry = { ...raw.entry, name: 'apiKeyHelper', value: text };
    facts.literal = settingOf(entry, 'api_key', 'claude-code-helper', trustOf(raw.layer));
    // The command kept in the facts must not hold the literal either (it need not look like a key).
    raw.entry.value = scrub(raw.entry.value, [text]);
  }
  return facts;
}

function programState(program: string, places: HelperPlaces): HelperFacts['state'] {
  if (BUILTINS.has(program)) return 'ok';
  if (isAbsolute(program)) return fileState(program);
  if (program.includes('/')) return 'relative';
  if (places.path === undefined) return 'unknown';
  for (const dir of places.path.split(delimiter)) {
    // An empty PATH entry is the current folder, as in sh.
    const state = fileState(resolve(places.projectDir, dir || '.', program));
    if (state !== 'missing') return state;
  }
  return 'missing';
}

function fileState(absolute: string): HelperFacts['state'] {
  try {
    const st = statSync(absolute);
    if (!st.isFile()) return 'missing';
    accessSync(absolute, constants.X_OK);
    // Root may run anything with access(); sh still wants one x bit.
    return st.mode & 0o111 ? 'ok' : 'not-executable';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EACCES' ? 'not-executable' : 'missing';
  }
}

const STANDARD_PROGRAMS = new Set(['/bin/echo', '/usr/bin/echo', '/bin/printf', '/usr/bin/printf']);

/** The text `echo x`, `echo -n x`, `printf x`, `printf '%s' x` prints, as Claude Code would use it. */
export function literalOf(parsed: Words): string | undefined {
  // Anything after an operator (`; rm x`, `| tr -d x`) or an expansion changes what is printed.
  if (parsed.stop !== 'end') return undefined;
  const [written, ...args] = parsed.words;
  // `/bin/echo K` prints the same literal as the builtin (coreutils reads no escapes without -e).
  const command = written && STANDARD_PROGRAMS.has(written) ? written.slice(written.lastIndexOf('/') + 1) : written;
  if (command === 'echo') {
    const text = (args[0] === '-n' ? args.slice(1) : args).join(' ');
    // sh's echo reads backslash escapes, and any other option is printed or taken: not a plain literal.
    if (text === '' || text.includes('\\') || args.slice(args[0] === '-n' ? 1 : 0).some((a) => a.startsWith('-')))
      return undefined;
    return text;
  }
  if (command !== 'printf') return undefined;
  if (args.length === 1 && !/[%\\]/.test(args[0]!) && args[0] !== '') return args[0];
  if (args.length === 2 && (args[0] === '%s' || args[0] === '%s\\n') && args[1] !== '') return args[1];
  return undefined;
}

const PEM_WINDOW = 64 * 1024;
// A CA bundle is a few hundred KB; a larger file is read only up to this much.
const CERT_LIMIT = 16 * 1024 * 1024;

/** The file a path variable names, resolved like Node does (relative to the folder Claude Code runs in). */
export function pathFacts(entry: Entry, places: { home: string; projectDir: string }): PathFacts {
  const value = entry.value.startsWith('~/') ? join(places.home, entry.value.slice(2)) : entry.value;
  const absolute = resolve(places.projectDir, value);
  if (entry.value === '') return { entry, state: 'missing' };
  const read = readRegularFile(absolute, CERT_LIMIT);
  if (read.ok) {
    const head = read.bytes.subarray(0, PEM_WINDOW).toString('latin1');
    return { entry, state: head.includes('-----BEGIN ') ? 'ok' : 'not-pem' };
  }
  if (read.why === 'missing') return { entry, state: 'missing' };
  if (read.why === 'directory' || read.why === 'not-regular') return { entry, state: 'not-a-file' };
  return { entry, state: 'unreadable' };
}
