// The team configuration: .claude-doctor.json, or a "claude-doctor" key in package.json, in the
// working directory. Flags override it; ignore lists add up. Unknown options are reported.
import { join } from 'node:path';
import { readTextFile } from '../sources/read-text.js';
import { suggest } from '../suggest.js';
import type { SourceProblem } from '../types.js';

export interface ConfigFile {
  ignore?: string[];
  strict?: boolean;
  offline?: boolean;
  lang?: string;
}

const KNOWN = ['ignore', 'strict', 'offline', 'lang'];

interface OptionType {
  valid: (value: unknown) => boolean;
  /** For the message: what the option takes. */
  expected: string;
}
const FLAG: OptionType = { valid: (v) => typeof v === 'boolean', expected: 'true or false' };
const OPTION_TYPES: Record<string, OptionType> = {
  ignore: { valid: (v) => Array.isArray(v) && v.every((c) => typeof c === 'string'), expected: 'a list of codes' },
  strict: FLAG,
  offline: FLAG,
  lang: { valid: (v) => v === 'en' || v === 'ja', expected: '"en" or "ja"' },
};

/**
 * Both files go through the safe reader (regular files only, size-capped). A .claude-doctor.json that
 * cannot be read is a finding. package.json belongs to the project, not to us: one that cannot be
 * read or parsed is ignored, unless its text shows a "claude-doctor" key (then the team meant to
 * configure us, and silence would hide that).
 */
/** `path`: the file the configuration came from, when one was read. */
export function readConfigFile(cwd: string): { config: ConfigFile; problems: SourceProblem[]; path?: string } {
  const none = { config: {}, problems: [] };
  let path = '.claude-doctor.json';
  let file = readTextFile(join(cwd, path), path);
  // The code test narrows the type of args; only source/unreadable has a reason "missing".
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (!file.ok && file.problem.code === 'source/unreadable' && file.problem.args.reason === 'missing') {
    path = 'package.json';
    file = readTextFile(join(cwd, path), path);
    if (!file.ok) return none;
  }
  if (!file.ok) return { config: {}, problems: [file.problem] };
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
    if (path === 'package.json') {
      // Object(): a package.json holding null, a number or an array has no such key either.
      if (!Object.hasOwn(Object(raw), 'claude-doctor')) return none;
      raw = (raw as Record<string, unknown>)['claude-doctor'];
    }
  } catch (error) {
    if (path === 'package.json' && !file.text.includes('"claude-doctor"')) return none;
    // V8 quotes the text near the error: keep only the words before the quote.
    const detail = (error as Error).message.split('\n')[0]!.split(/,\s*(?:\.\.\.)?"|: "/)[0]!;
    return { config: {}, problems: [invalid(path, detail)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { config: {}, problems: [invalid(path, 'the configuration must be a JSON object')] };
  const config: ConfigFile = {};
  const problems: SourceProblem[] = [];
  for (const [option, value] of Object.entries(raw)) {
    if (!KNOWN.includes(option)) {
      // "ignores", "Strict": the closest known option, when one is close enough to be the one meant.
      const closest = suggest(option, KNOWN) ?? suggest(option.toLowerCase(), KNOWN);
      problems.push({
        code: 'config/unknown-option',
        args: { path, option, known: KNOWN, ...(closest && { closest }) },
        location: { kind: 'file', path, key: option },
      });
      continue;
    }
    const { valid, expected } = OPTION_TYPES[option]!;
    if (!valid(value)) {
      problems.push(invalid(path, `"${option}" must be ${expected}`));
      continue;
    }
    Object.assign(config, { [option]: value });
  }
  return { config, problems, path };
}

function invalid(path: string, detail: string): SourceProblem {
  return { code: 'config/invalid', args: { path, detail }, location: { kind: 'file', path } };
}
