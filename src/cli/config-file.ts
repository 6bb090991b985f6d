// The team configuration: .claude-doctor.json, or a "claude-doctor" key in package.json, in the
// working directory. Flags override it; ignore lists add up. Unknown options are reported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceProblem } from '../types.js';

export interface ConfigFile { ignore?: string[]; strict?: boolean; offline?: boolean; lang?: string }

const KNOWN = ['ignore', 'strict', 'offline', 'lang'];

export function readConfigFile(cwd: string): { config: ConfigFile; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  let path = '.claude-doctor.json';
  let raw: unknown;
  try {
    if (existsSync(join(cwd, path))) {
      raw = JSON.parse(readFileSync(join(cwd, path), 'utf8'));
    } else if (existsSync(join(cwd, 'package.json'))) {
      path = 'package.json';
      raw = (JSON.parse(readFileSync(join(cwd, path), 'utf8')) as Record<string, unknown>)['claude-doctor'];
      if (raw === undefined) return { config: {}, problems };
    } else {
      return { config: {}, problems };
    }
  } catch (error) {
    // A broken package.json is not ours to report; a broken .claude-doctor.json is.
    if (path === 'package.json') return { config: {}, problems };
    return { config: {}, problems: [invalid(path, (error as Error).message.split('\n')[0]!)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { config: {}, problems: [invalid(path, 'the configuration must be a JSON object')] };
  const config: ConfigFile = {};
  for (const [option, value] of Object.entries(raw)) {
    if (!KNOWN.includes(option)) {
      problems.push({ code: 'config/unknown-option', args: { path, option, known: KNOWN }, location: { kind: 'file', path, key: option } });
      continue;
    }
    const ok = option === 'ignore' ? Array.isArray(value) && value.every((v) => typeof v === 'string')
      : option === 'lang' ? value === 'en' || value === 'ja'
      : typeof value === 'boolean';
    if (!ok) {
      const expected = option === 'ignore' ? 'a list of codes' : option === 'lang' ? '"en" or "ja"' : 'true or false';
      problems.push(invalid(path, `"${option}" must be ${expected}`));
      continue;
    }
    Object.assign(config, { [option]: value });
  }
  return { config, problems };
}

function invalid(path: string, detail: string): SourceProblem {
  return { code: 'config/invalid', args: { path, detail }, location: { kind: 'file', path } };
}
