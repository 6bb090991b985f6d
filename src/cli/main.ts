// The command line: the fast path for plain `check` runs, yargs for everything else; usage errors
// and internal failures become one clear line on stderr and exit code 2, never a stack trace.
import { scrubKeyShapes } from '../secrets.js';
import { runCheck } from './check.js';
import { fastParse } from './fast-path.js';
import { UsageError, type Io } from './io.js';

const KEY_ON_COMMAND_LINE = /\bsk-ant-/;
const NO_KEYS_ON_COMMAND_LINE =
  'claude-doctor never takes a key on the command line (it would stay in your shell history and in ps): ' +
  'set ANTHROPIC_API_KEY or LLM_API_KEY, or use --env-file. If that was a real key, consider rotating it.';

export type { Io };

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const fast = fastParse(argv);
    if (fast) return await runCheck(fast, io);
    const { runYargs } = await import('./yargs.js');
    return await runYargs(argv, io);
  } catch (error) {
    // Never echo a key, even one typed on the command line by mistake.
    if (error instanceof UsageError) {
      const hint = KEY_ON_COMMAND_LINE.test(argv.join(' ')) ? `\n${NO_KEYS_ON_COMMAND_LINE}` : '';
      io.stderr.write(scrubKeyShapes(`claude-doctor: ${error.message}${hint}\nRun claude-doctor --help for usage.\n`));
      return 2;
    }
    const detail = io.env.CLAUDE_DOCTOR_DEBUG ? `\n${(error as Error).stack}` : '';
    io.stderr.write(scrubKeyShapes(`claude-doctor: internal error: ${(error as Error).message}${detail}\n`));
    return 2;
  }
}
