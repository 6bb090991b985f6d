// Which librechat.yaml LibreChat reads: CONFIG_PATH (the environment first, then its .env, which dotenv never
// lets override) when it is set and not empty, else ./librechat.yaml (its loadCustomConfig). A CONFIG_PATH that
// is an http(s) URL is fetched by LibreChat; claude-doctor never fetches it. A relative path is LibreChat's
// working folder's, as fs reads it: no `~` expansion.
import { resolve } from 'node:path';
import { escapeInvisible, scrubKeyShapes } from '../../secrets.js';
import { readFileSet, readTextFile } from '../../sources/read-text.js';
import type { Location, SourceProblem } from '../../types.js';
import type { PlaceInput, Var } from '../env-vars.js';

export const DEFAULT_CONFIG = 'librechat.yaml';
export const CONFIG_VAR = 'CONFIG_PATH';

export interface ConfigChoice {
  /** The file LibreChat reads, when it could be read. */
  file?: { path: string; text: string };
  /** ./librechat.yaml is there (read or not): a sign that this folder is LibreChat's. */
  localExists: boolean;
  /** CONFIG_PATH is a URL: LibreChat fetches it; shown without credentials, query or fragment. */
  url?: { url: string; at: Location };
  /** CONFIG_PATH names a file that does not exist. */
  missing?: { path: string; at: Location };
}

// LibreChat tests for a scheme before it reads a path; any case is taken here (nothing is fetched either way).
const isUrl = (value: string) => /^https?:\/\//i.test(value.trim());

/** The URL as shown: scheme, host and path only (a user:password or a token in the query stays out). */
function shownUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    return escapeInvisible(`${url.origin}${url.pathname}`);
  } catch {
    return escapeInvisible(value.trim().replace(/[?#@].*$/s, ''));
  }
}

export function chooseConfig(input: PlaceInput, named: Var | undefined, problems: SourceProblem[]): ConfigChoice {
  const place = { explicit: false, cwd: input.cwd, home: input.home };
  // With CONFIG_PATH set, ./librechat.yaml is not LibreChat's file: its problems are nobody's business.
  const local = readFileSet({ ...place, paths: [DEFAULT_CONFIG] }, named ? [] : problems)[0];
  const localExists = local !== undefined;
  if (!named) return { ...(local ? { file: local } : {}), localExists };
  if (isUrl(named.value)) return { localExists, url: { url: shownUrl(named.value), at: named.location } };
  // A repository's .env chooses this name: it is shown (sources, findings) without anything key-shaped.
  const shown = scrubKeyShapes(named.value);
  const read = readTextFile(resolve(input.cwd, named.value), shown);
  if (read.ok) return { file: { path: shown, text: read.text }, localExists };
  const { code, args } = read.problem;
  if (code === 'source/unreadable' && args.reason === 'missing')
    return { localExists, missing: { path: escapeInvisible(shown), at: named.location } };
  problems.push(read.problem);
  return { localExists };
}
