// What the CLI reads and writes: the process by default, captured streams in tests.
export interface Io {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  /** isTTY: progress and prompts are for a person at a terminal only. */
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Today's date as YYYY-MM-DD (UTC); fixed in tests. */
  today?: string;
}

export class UsageError extends Error {}
