// What the CLI reads and writes: the process by default, captured streams in tests.
export interface Io {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** columns: a terminal's width (src/cli/stdio.ts). */
  stdout: { write(s: string): unknown; isTTY?: boolean; readonly columns?: number | undefined };
  /** isTTY: progress and prompts are for a person at a terminal only. */
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Today's date as YYYY-MM-DD (UTC); fixed in tests. */
  today?: string;
}

export class UsageError extends Error {}
