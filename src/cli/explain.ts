// `claude-doctor explain`: text from the arguments, a file (streamed) or stdin; exit 1 when a known
// error was found, 0 when none was.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { explainStream, explainText, type Diagnosis } from '../explain.js';
import { UI } from '../catalog/ui.js';
import { pickLang } from '../i18n.js';
import { colorEnabled, paint } from '../report/color.js';
import { explainJson, explainText as explainReport } from '../report/explain.js';
import { resolvePath } from '../sources/read-text.js';
import { UsageError, type Io } from './io.js';
import { wrapWidth } from './stdio.js';
import type { Lang } from '../types.js';

export interface ExplainArgs {
  text?: string[];
  file?: string;
  format: 'text' | 'json';
  lang?: string;
  color?: boolean;
}

export async function runExplain(
  args: ExplainArgs,
  io: Io & { stdin?: AsyncIterable<string | Buffer>; stdinTTY?: boolean },
): Promise<number> {
  const lang = pickLang(args.lang, io.env);
  let diagnoses: Diagnosis[];
  if (args.text?.length) {
    diagnoses = explainText(args.text.join(' '));
  } else if (args.file) {
    const stream = await openLog(resolvePath(args.file, io.cwd, io.env.HOME), args.file, lang);
    diagnoses = await explainStream(stream).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(UI[lang].cli.cannotRead(args.file!, error.code ?? error.message));
    });
  } else {
    // A person at a terminal would otherwise wait for a prompt that never comes.
    if (stdinIsTerminal(io)) io.stderr.write(`${UI[lang].explainPrompt}\n`);
    diagnoses = await explainStream(io.stdin ?? process.stdin);
  }
  io.stdout.write(
    args.format === 'json'
      ? explainJson(diagnoses, lang)
      : explainReport(
          diagnoses,
          lang,
          paint(colorEnabled(io.env, Boolean(io.stdout.isTTY), args.color)),
          wrapWidth(io.stdout, io.env),
        ),
  );
  return diagnoses.length ? 1 : 0;
}

/** Tests hand their own stdin (stdinTTY says whether it plays a terminal); the process's is asked otherwise. */
function stdinIsTerminal(io: Io & { stdin?: unknown; stdinTTY?: boolean }): boolean {
  if (io.stdin) return Boolean(io.stdinTTY);
  return Boolean((process.stdin as { isTTY?: boolean }).isTTY);
}

type Unreadable = keyof (typeof UI)['en']['cli']['unreadable'];

/** Why a path that exists cannot be read as a log, or undefined when it can (a regular file or a FIFO). */
function refusal(st: Stats): Unreadable | undefined {
  if (st.isDirectory()) return 'directory';
  if (st.isCharacterDevice()) return 'charDevice';
  if (st.isBlockDevice()) return 'blockDevice';
  if (!st.isFile() && !st.isFIFO()) return 'notFile';
  return undefined;
}

/**
 * A log file or a named pipe, opened for streaming. A device (/dev/zero, /dev/urandom, a disk) is
 * refused before it is opened: it may never end, and opening one can have effects of its own. A
 * regular file is opened non-blocking, so a FIFO swapped in after the check cannot hang us; a FIFO
 * is opened as one, waiting for its writer as `cat` would.
 */
async function openLog(absolute: string, shown: string, lang: Lang): Promise<Readable> {
  const words = UI[lang].cli;
  const cannot = (why: Unreadable | string) =>
    new UsageError(
      words.cannotRead(shown, Object.hasOwn(words.unreadable, why) ? words.unreadable[why as Unreadable] : why),
    );
  const before = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
    if (missing) throw cannot('missing');
    throw cannot(error.code === 'EACCES' ? 'denied' : (error.code ?? 'unknown error'));
  });
  const refused = refusal(before);
  if (refused) throw cannot(refused);
  const flags = before.isFIFO()
    ? constants.O_RDONLY
    : constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
  const handle = await open(absolute, flags).catch((error: NodeJS.ErrnoException) => {
    throw cannot(error.code === 'EACCES' ? 'denied' : (error.code ?? 'unknown error'));
  });
  const now = await handle.stat();
  const same = now.ino === before.ino && now.dev === before.dev && now.isFIFO() === before.isFIFO();
  const changed = refusal(now) ?? (same ? undefined : 'changed');
  if (changed) {
    await handle.close();
    throw cannot(changed);
  }
  return handle.createReadStream({ highWaterMark: 1 << 20 });
}
