// The command line: the fast path for plain `check` runs, yargs for everything else; usage errors
// and internal failures become one clear line on stderr and exit code 2, never a stack trace.
import { UI } from '../catalog/ui.js';
import { neutralise, neutraliseLines } from '../report/neutralise.js';
import { scrubKeyShapes } from '../secrets.js';
import { runCheck } from './check.js';
import { fastParse } from './fast-path.js';
import { UsageError, type Io } from './io.js';
import { langOf } from './lang-of.js';

const KEY_ON_COMMAND_LINE = /\bsk-ant-/;

export type { Io };

/** `--kube -` is stdin; yargs would read a lone `-` as a positional argument, so it is joined to its option. */
function kubeStdinArgs(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.flatMap((a, i) => {
    if (end !== -1 && i > end) return [a];
    if (a === '-' && argv[i - 1] === '--kube') return [];
    return a === '--kube' && argv[i + 1] === '-' ? ['--kube=-'] : [a];
  });
}

export async function main(rawArgv: string[], io: Io): Promise<number> {
  const argv = kubeStdinArgs(rawArgv);
  try {
    const fast = fastParse(argv);
    if (fast) return await runCheck(fast, io);
    const { runYargs } = await import('./yargs.js');
    return await runYargs(argv, io);
  } catch (error) {
    const words = UI[langOf(argv, io.env)].cli;
    // Never echo a key, even one typed on the command line by mistake.
    if (error instanceof UsageError) {
      const hint = KEY_ON_COMMAND_LINE.test(argv.join(' ')) ? `\n${words.noKeysOnCommandLine}` : '';
      const message = safeMessage(error.message, argv);
      io.stderr.write(scrubKeyShapes(`claude-doctor: ${message}${hint}\n${words.usageHint}\n`));
      return 2;
    }
    // An exception's message may quote anything (a file, an answer): one line. The stack is for debugging.
    const detail = io.env.CLAUDE_DOCTOR_DEBUG ? `\n${neutraliseLines(String((error as Error).stack))}` : '';
    const message = neutralise(String((error as Error).message));
    io.stderr.write(scrubKeyShapes(`claude-doctor: ${words.internalError}: ${message}${detail}\n`));
    return 2;
  }
}

/**
 * A message that may quote the command line (yargs' "Invalid values: … Given: …", a path that was
 * not found). Its own line breaks (yargs writes some) are kept, unless an argument holds a line break
 * itself: then no break in the message can be trusted, and all of them are shown as `\n`. The runner
 * of a CI job reads workflow commands from stderr too, so a quoted argument must not start a line.
 */
function safeMessage(message: string, argv: string[]): string {
  return argv.some((a) => /[\n\r]/.test(a)) ? neutralise(message) : neutraliseLines(message);
}
