// Language choice: --lang, then the POSIX locale variables in their order of precedence, then English.
import type { Lang } from './types.js';

export const LANGS: readonly Lang[] = ['en', 'ja'];

export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'en' || flag === 'ja') return flag;
  // LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty variable counts as unset.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja([_.@-]|$)/i.test(locale) ? 'ja' : 'en';
}

/** A text in every language the tool speaks. */
export type Text = Record<Lang, string>;
