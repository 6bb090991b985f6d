// Shell start-up files: the lines that export (or set) a Claude Code variable, read as text. They are
// never sourced or run: a line the shell would have to expand is kept as written and marked dynamic.
import { join } from 'node:path';
import { claudeCodeRole, isClaudeCodeVariable, RC_FILES } from '../../../data/claude-code.js';
import { scrubKeyShapes } from '../../../secrets.js';
import type { Setting, SourceProblem } from '../../../types.js';
import type { RcExport } from '../facts.js';
import { fileEntry, type Places, readDefault, settingOf, showPath } from './common.js';
import { shellWords } from './shell-words.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function readRcFiles(places: Places, problems: SourceProblem[]): { exports: RcExport[]; settings: Setting[] } {
  const out = { exports: [] as RcExport[], settings: [] as Setting[] };
  for (const file of RC_FILES) {
    const absolute = join(places.home, file);
    const path = showPath(absolute, places);
    const text = readDefault(absolute, path, problems);
    if (text === undefined) continue;
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      for (const found of assignments(line, { fish: file.endsWith('.fish'), home: places.home })) {
        if (!isClaudeCodeVariable(found.name)) continue;
        const entry = fileEntry(found.name, found.value, {
          path,
          at: { line: i + 1, column: found.column },
          key: found.name,
        });
        const role = claudeCodeRole(found.name);
        if (role && !found.dynamic) {
          const setting = settingOf(entry, role, 'shell-rc', 'user');
          out.settings.push(setting);
          out.exports.push({ ...setting, file: path });
        } else out.exports.push({ ...entry, file: path, ...(found.dynamic ? { dynamic: true } : {}) });
      }
    });
  }
  return out;
}

interface Assignment {
  name: string;
  value: string;
  /** 1-based column of the value. */
  column: number;
  dynamic?: boolean;
}

/** `export A=1 B=2`, `A=1` alone on its line, or fish's `set -x A 1` / `set -gx A 1`. */
export function assignments(line: string, shell: { fish: boolean; home: string }): Assignment[] {
  const parsed = shellWords(line, { HOME: shell.home });
  const { words, starts } = parsed;
  if (shell.fish) return fishSet(line, parsed);
  const first = words[0] === 'export' ? 1 : 0;
  const out: Assignment[] = [];
  for (let i = first; i < words.length; i++) {
    const eq = words[i]!.indexOf('=');
    const name = words[i]!.slice(0, eq);
    // `A=1 command`: a variable for that one command, not an export.
    if (eq <= 0 || !NAME.test(name)) return [];
    out.push({ name, value: words[i]!.slice(eq + 1), column: starts[i]! + eq + 2 });
  }
  if (parsed.stop === 'unresolved' && (first === 1 || out.length > 0 || words.length === 0)) {
    const rest = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line.slice(parsed.at));
    if (rest) out.push(dynamic(rest[1]!, line, parsed.at + rest[0].length));
  }
  return out;
}

function fishSet(line: string, parsed: ReturnType<typeof shellWords>): Assignment[] {
  const { words, starts } = parsed;
  if (words[0] !== 'set') return [];
  let i = 1;
  let exported = false;
  for (; i < words.length && words[i]!.startsWith('-'); i++) {
    const flag = words[i]!;
    if (flag === '--export' || (!flag.startsWith('--') && flag.includes('x'))) exported = true;
  }
  const name = words[i];
  if (!exported || name === undefined || !NAME.test(name)) return [];
  if (parsed.stop === 'unresolved') return [dynamic(name, line, starts[i + 1] ?? parsed.at)];
  if (i + 1 >= words.length) return [];
  return [{ name, value: words.slice(i + 1).join(' '), column: starts[i + 1]! + 1 }];
}

/** A value the shell would expand (`$(cat key)`, `"$HOME/x"`): kept as written, with keys scrubbed. */
function dynamic(name: string, line: string, at: number): Assignment {
  return { name, value: scrubKeyShapes(line.slice(at).trim()), column: at + 1, dynamic: true };
}
