// Runs the CLI's main() in this process with captured output: fast enough for property tests.
import { main } from '../../src/cli/main.js';

/** `terminal`: stdout plays a terminal of that many columns; without it, stdout is a pipe. */
export async function runMain(
  argv: string[],
  env: Record<string, string>,
  cwd: string,
  terminal?: { columns: number },
) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    env,
    cwd,
    today: '2026-11-23',
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
      isTTY: Boolean(terminal),
      ...(terminal ? { columns: terminal.columns } : {}),
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
  });
  return { code, stdout, stderr };
}
