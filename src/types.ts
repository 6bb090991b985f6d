// The data that flows through claude-doctor: sources -> settings -> profiles -> checks -> findings -> report.

export type Role = 'api_key' | 'auth_token' | 'model' | 'base_url';
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'en' | 'ja';

export type Location =
  | { kind: 'env'; name: string }
  | { kind: 'file'; path: string; line?: number; column?: number; key?: string }
  | { kind: 'container'; id: string; name: string; image: string; env?: string; path?: string };

/** How the two common readers of a `.env` file understand one assignment. */
export interface DotenvReading {
  /** The line exactly as written (without its line ending). */
  rawLine: string;
  /** What `docker run --env-file` passes to the container, or why it refuses the line. */
  docker: { value: string } | { rejected: 'whitespace-in-name' };
  /** The line starts with `export `: dotenv accepts it, docker refuses it. */
  exported: boolean;
  /** The quote character that wrapped the value, if any. */
  quote?: '"' | "'" | '`';
  /** The line ended with a CR (Windows line ending). */
  crlf: boolean;
  /** The same name was assigned earlier in this file (that earlier line is lost). */
  shadows?: number;
}

export interface Setting {
  role: Role;
  /** The variable or key name the value was read under (LLM_API_KEY, ANTHROPIC_BASE_URL, ...). */
  name: string;
  /** The value as the client reads it (dotenv's reading for a `.env` file). */
  value: string;
  location: Location;
  source: SourceKind;
  dotenv?: DotenvReading;
}

export type SourceKind = 'env' | 'dotenv';

export type Client = 'anthropic-sdk' | 'openhands-headless';

export interface Profile {
  id: string;
  client: Client;
  apiKey?: Setting;
  authToken?: Setting;
  model?: Setting;
  baseUrl?: Setting;
  /** Settings of the same role that this client does not use, and the one that wins over them. */
  overridden: { setting: Setting; by: Setting }[];
}

/** A problem with a source itself (unreadable file, not text, too large). */
export interface SourceProblem {
  code: 'source/unreadable' | 'source/not-text' | 'source/too-large';
  path: string;
  args: Record<string, string | number>;
}

export interface SourceResult {
  settings: Setting[];
  problems: SourceProblem[];
  /** Assignments read from `.env` files, role or not, for file hygiene checks. */
  dotenvFiles?: DotenvFile[];
}

export interface DotenvFile {
  path: string;
  entries: { name: string; value: string; line: number; column: number; reading: DotenvReading }[];
}
