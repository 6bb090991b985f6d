// Runs the CLI's main() in this process with captured output: fast enough for property tests.
import { main } from '../../src/cli/main.js';

export async function runMain(argv: string[], env: Record<string, string>, cwd: string) {
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
      isTTY: false,
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
