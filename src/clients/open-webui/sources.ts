// Open WebUI's OpenAI-compatible connections (reference: other-clients.md section 6; docs.openwebui.com,
// env-configuration): OPENAI_API_BASE_URLS and OPENAI_API_KEYS, semicolon-separated lists paired by position
// (or the single OPENAI_API_BASE_URL and OPENAI_API_KEY when the lists are not set),
// from the compose service that sets them, else the process environment, else the current folder's .env.
// A connection to Anthropic needs `https://api.anthropic.com/v1`: the Setting carries the base URL the SDK
// would need for the same requests (without /v1), so the shared URL checks and the probe see what it calls.
import { isAnthropicUrl } from '../anthropic-urls.js';
import type { Location, Setting, SourceProblem } from '../../types.js';
import {
  composeVars,
  dotenvVars,
  envVars,
  firstOf,
  type PlaceInput,
  resolveRefs,
  type Var,
  type Vars,
} from '../env-vars.js';
import type { OwnRead } from '../types.js';

export const URLS = 'OPENAI_API_BASE_URLS';
export const KEYS = 'OPENAI_API_KEYS';
/** The single-connection names, read when OPENAI_API_BASE_URLS is not set (Open WebUI's config.py falls back so). */
export const URL = 'OPENAI_API_BASE_URL';
export const KEY = 'OPENAI_API_KEY';
export const PERSISTENT = 'ENABLE_PERSISTENT_CONFIG';

export interface Connection {
  /** 1-based, as a user counts the list. */
  index: number;
  url: string;
  at: Location;
  /** The base URL lacks /v1: its requests miss Anthropic's API. */
  noV1: boolean;
  /** OPENAI_API_KEYS has no entry (or an empty one) at this position. */
  noKey: boolean;
  /** The variables it was read from: the lists, or the single OPENAI_API_BASE_URL and OPENAI_API_KEY. */
  names: { urls: string; keys: string };
}

export interface OpenWebuiFacts {
  /** The connections to Anthropic, in list order: one profile each. */
  connections: Connection[];
  /** Where OPENAI_API_BASE_URLS is set, when ENABLE_PERSISTENT_CONFIG is not False (read on first start only). */
  readOnce?: Location;
}

const isAnthropic = (url: string, key: string | undefined) =>
  isAnthropicUrl(url) || Boolean(key?.startsWith('sk-ant-'));

/** Where item i of a list value starts: the list's own place, one column per character before it. */
function itemAt(v: Var, key: string, offset: number): Location {
  const l = v.location;
  if (l.kind !== 'file') return l;
  return { ...l, ...(l.column ? { column: l.column + offset } : {}), key };
}

function split(value: string): { text: string; offset: number }[] {
  let offset = 0;
  return value.split(';').map((part) => {
    const lead = part.length - part.trimStart().length;
    const item = { text: part.trim(), offset: offset + lead };
    offset += part.length + 1;
    return item;
  });
}

export function readOpenWebui(input: PlaceInput): OwnRead<OpenWebuiFacts> {
  const problems: SourceProblem[] = [];
  const settings: Setting[] = [];
  const facts: OpenWebuiFacts = { connections: [] };
  const env = envVars(input);
  const dotenv = dotenvVars(input, problems);
  const compose = composeVars(input, problems, {
    vars: (v) => v.has(URLS) || v.has(URL),
    marker: /OPENAI_API_BASE_URLS?\b/,
  });
  // Compose fills a `${X}` from the shell, then from the .env beside the compose file.
  const outside = firstOf(env, dotenv.vars);
  const places = [compose?.vars, env, dotenv.vars];
  // The list names win; the single names are read when no place sets the list (an empty list is unset too).
  const plural = places.find((v) => v?.get(URLS)?.value.trim());
  const place: Vars | undefined = plural ?? places.find((v) => v?.get(URL)?.value.trim());
  if (!place) return { settings, problems, sources: [], facts };
  const names = plural ? { urls: URLS, keys: KEYS } : { urls: URL, keys: KEY };
  // The current folder's .env is the shared source's to list when it reads it.
  const ownDotenv = place === dotenv.vars && dotenv.path && !input.sharedReadsDotenv;
  const sources = [...(compose ? [compose.path] : []), ...(ownDotenv ? [dotenv.path!] : [])];
  const get = (name: string): Var | undefined => place.get(name);
  // Compose fills each `${X}` of its values; an item that is one reference is where that variable is set.
  const fill = (v: Var, item: { text: string; offset: number }, key: string): Var => {
    const at = itemAt(v, key, item.offset);
    if (place !== compose?.vars) return { name: key, value: item.text, location: at };
    const r = resolveRefs(item.text, outside, true);
    return { name: key, value: r.from?.value.trim() ?? r.value, location: r.from?.location ?? at };
  };
  const urls = get(names.urls)!;
  const keys = get(names.keys);
  const keyItems = keys ? split(keys.value).map((k, i) => fill(keys, k, `${names.keys}[${i + 1}]`)) : [];
  split(urls.value).forEach((item, i) => {
    const index = i + 1;
    const u = fill(urls, item, `${names.urls}[${index}]`);
    const k = keyItems[i];
    if (!u.value || !isAnthropic(u.value, k?.value)) return;
    const base = sdkBase(u.value);
    facts.connections.push({ index, url: u.value, at: u.location, noV1: base === undefined, noKey: !k?.value, names });
    if (base !== undefined)
      settings.push({ role: 'base_url', name: u.name, value: base, source: 'openwebui-config', location: u.location });
    if (k?.value)
      settings.push({
        role: 'api_key',
        name: k.name,
        value: k.value,
        source: 'openwebui-config',
        location: k.location,
      });
  });
  const persistent = get(PERSISTENT) ?? env.get(PERSISTENT);
  if (persistent?.value.trim().toLowerCase() !== 'false') facts.readOnce = urls.location;
  return { settings, problems, sources, facts };
}

/** `…/v1` (a trailing slash allowed) as the SDK-style base without it; undefined when /v1 is missing. */
export function sdkBase(url: string): string | undefined {
  const m = /^(.*?)\/v1\/*$/.exec(url.trim());
  return m ? m[1]! : undefined;
}
