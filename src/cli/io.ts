// What the CLI reads and writes: the process by default, captured streams in tests.
export interface Io {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  /** Today's date as YYYY-MM-DD (UTC); fixed in tests. */
  today?: string;
}

export class UsageError extends Error {}
