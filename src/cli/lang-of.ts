// The language of a message about the command line itself, before (or without) a full parse.
import { pickLang } from '../i18n.js';
import type { Lang } from '../types.js';

/** --lang as given (when valid), else the environment's language. */
export function langOf(argv: string[], env: NodeJS.ProcessEnv): Lang {
  let flag: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--lang') flag = argv[i + 1];
    else if (argv[i]!.startsWith('--lang=')) flag = argv[i]!.slice('--lang='.length);
  }
  return pickLang(flag, env);
}
