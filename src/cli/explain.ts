// `claude-doctor explain`: text from the arguments, a file (streamed) or stdin; exit 1 when a known
// error was found, 0 when none was.
import { createReadStream } from 'node:fs';
import { explainStream, explainText, type Diagnosis } from '../explain.js';
import { pickLang } from '../i18n.js';
import { colorEnabled, paint } from '../report/color.js';
import { explainJson, explainText as explainReport } from '../report/explain.js';
import { resolvePath } from '../sources/read-text.js';
import { UsageError, type Io } from './io.js';

export interface ExplainArgs { text?: string[]; file?: string; format: 'text' | 'json'; lang?: string }

export async function runExplain(args: ExplainArgs, io: Io & { stdin?: AsyncIterable<string | Buffer> }): Promise<number> {
  let diagnoses: Diagnosis[];
  if (args.text?.length) {
    diagnoses = explainText(args.text.join(' '));
  } else if (args.file) {
    const stream = createReadStream(resolvePath(args.file, io.cwd, io.env.HOME), { highWaterMark: 1 << 20 });
    diagnoses = await explainStream(stream).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${args.file}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a directory' : error.code === 'EACCES' ? 'permission denied' : error.message}`);
    });
  } else {
    diagnoses = await explainStream(io.stdin ?? process.stdin);
  }
  const lang = pickLang(args.lang, io.env);
  io.stdout.write(args.format === 'json' ? explainJson(diagnoses, lang) : explainReport(diagnoses, lang, paint(colorEnabled(io.env, Boolean(io.stdout.isTTY)))));
  return diagnoses.length ? 1 : 0;
}
