// The text of each --kube input: a file (through the one safe reader) or `-`, stdin. Every input shares one
// size cap, and stdin also ends at the run's deadline: a pipe that never closes (a `kubectl get -w`, a
// hung `helm template`) becomes a finding, not a run that never ends.
import { CONFIG_FILE_LIMIT, decodeText, readTextFile, resolvePath } from './read-text.js';
import type { SourceProblem } from '../types.js';

/** All --kube inputs together: `kubectl get -o json` of a busy namespace is a few megabytes. */
export const KUBE_INPUT_LIMIT = 16 * CONFIG_FILE_LIMIT;
/** How stdin is named in findings and the list of sources. */
export const STDIN_NAME = '<stdin>';

export type Stdin = AsyncIterable<string | Buffer>;

export interface KubeText {
  /** The input as the user named it (a path, or `stdin`). */
  name: string;
  text: string;
}

export interface KubeInputs {
  texts: KubeText[];
  problems: SourceProblem[];
}

interface Where {
  cwd: string;
  home: string;
  deadline: number;
  stdin?: Stdin;
  limit?: number;
}

export async function readKubeInputs(paths: string[], where: Where): Promise<KubeInputs> {
  const out: KubeInputs = { texts: [], problems: [] };
  let left = where.limit ?? KUBE_INPUT_LIMIT;
  for (const path of paths) {
    const read =
      path === '-'
        ? await readStdin(where.stdin, left, where.deadline)
        : readTextFile(resolvePath(path, where.cwd, where.home), path, left);
    if (!read.ok) {
      out.problems.push(read.problem);
      continue;
    }
    left -= Buffer.byteLength(read.text);
    out.texts.push({ name: path === '-' ? STDIN_NAME : path, text: read.text });
  }
  return out;
}

type Read = { ok: true; text: string } | { ok: false; problem: SourceProblem };

/** Stdin, whole, unless it passes `limit` bytes or is still open at the deadline. */
export async function readStdin(stdin: Stdin | undefined, limit: number, deadline: number): Promise<Read> {
  const location = { kind: 'file' as const, path: STDIN_NAME };
  const chunks: Buffer[] = [];
  let size = 0;
  const source = stdin ?? process.stdin;
  const iterator = source[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
  });
  const stop = () => {
    clearTimeout(timer);
    // Stops reading: a pipe nobody reads any more must not keep the process alive.
    void iterator.return?.().catch(() => undefined);
    (source as { destroy?: () => void }).destroy?.();
  };
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), timeout]);
      if (next === 'timeout') {
        stop();
        return {
          ok: false,
          problem: { code: 'kube/stdin-unfinished', args: { bytes: size }, location },
        };
      }
      if (next.done) break;
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      size += chunk.length;
      if (size > limit) {
        stop();
        return {
          ok: false,
          problem: { code: 'source/too-large', args: { path: STDIN_NAME, size, limit }, location },
        };
      }
      chunks.push(chunk);
    }
  } catch (error) {
    stop();
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return {
      ok: false,
      problem: { code: 'source/unreadable', args: { path: STDIN_NAME, reason: 'other', detail: code }, location },
    };
  }
  clearTimeout(timer);
  return decodeText(STDIN_NAME, Buffer.concat(chunks));
}
