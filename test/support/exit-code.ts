// The exit code of a child run by execFile: 0 when it succeeded, its own code when it exited with one,
// else `killed` (it was killed by a signal or a timeout, or could not start).
import type { ExecFileException } from 'node:child_process';

export function exitCodeOf(error: ExecFileException | null, killed: number): number {
  if (!error) return 0;
  return typeof error.code === 'number' ? error.code : killed;
}
