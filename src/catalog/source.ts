// source/*: a configuration file that could not be read as text. The other sources are still checked.
import { lazy, spec } from './define.js';
import { spaced } from './words.js';
import { detailJa } from './details.js';

type Unreadable = 'missing' | 'permission' | 'directory' | 'other';
type NotText = 'binary' | 'invalid-utf8' | 'utf16';

const UNREADABLE: Record<Unreadable, { en: string; ja: string }> = {
  missing: { en: 'does not exist', ja: 'が存在しません' },
  permission: { en: 'cannot be read: permission denied', ja: 'を読み取る権限がありません' },
  directory: { en: 'is a directory, not a file', ja: 'はファイルではなくディレクトリです' },
  other: { en: 'cannot be read', ja: 'を読み取れません' },
};

/** The first fix step for a file that cannot be read. */
const UNREADABLE_STEP: Record<
  'missing' | 'directory' | 'access',
  { en: (p: string) => string; ja: (p: string) => string }
> = {
  missing: {
    en: (p) => `Check the path ${p}, or drop the option that names it.`,
    ja: (p) => `パス ${p} を確認するか、そのパスを指定するオプションを外します。`,
  },
  directory: {
    en: (p) => `Point to the file inside ${p}, not to the directory.`,
    ja: (p) => `ディレクトリ ${p} ではなく、その中のファイルを指定します。`,
  },
  access: {
    en: (p) => `Check the file's owner and mode (\`ls -l ${p}\`); run claude-doctor as the user that runs the program.`,
    ja: (p) =>
      `ファイルの所有者と権限を確認し（\`ls -l ${p}\`）、プログラムを実行するユーザーで claude-doctor を実行します。`,
  },
};
const unreadableStep = (reason: Unreadable) => (reason === 'missing' || reason === 'directory' ? reason : 'access');

const NOT_TEXT: Record<NotText, { en: string; ja: string }> = {
  binary: { en: 'is a binary file', ja: 'バイナリファイルです' },
  utf16: { en: 'is saved as UTF-16', ja: 'UTF-16 で保存されています' },
  'invalid-utf8': { en: 'is not valid UTF-8', ja: '正しい UTF-8 ではありません' },
};

/** Why a file is unreadable beyond the reason: what it is, or what happened (read-text.ts). */
const DETAIL: Record<string, { en: string; ja: string }> = {
  fifo: { en: 'a named pipe (FIFO)', ja: '名前付きパイプ（FIFO）です' },
  'char-device': { en: 'a character device', ja: 'キャラクターデバイスです' },
  'block-device': { en: 'a block device', ja: 'ブロックデバイスです' },
  socket: { en: 'a socket', ja: 'ソケットです' },
  'not-regular': { en: 'not a regular file', ja: '通常のファイルではありません' },
  link: { en: 'a symbolic link', ja: 'シンボリックリンクです' },
  changed: { en: 'it changed while being read', ja: '読み取り中に変更されました' },
};

/** The detail in words; an errno code is shown as it is in English, in words in Japanese (details.ts). */
function detailOf(detail: string | undefined, lang: 'en' | 'ja'): string {
  if (!detail) return '';
  const known = Object.hasOwn(DETAIL, detail) ? DETAIL[detail]![lang] : undefined;
  const words = known ?? (lang === 'ja' ? detailJa(detail) : detail);
  return lang === 'ja' ? `（${words}）` : ` (${words})`;
}

export const sourceCodes = {
  'source/unreadable': lazy(() =>
    spec<{ path: string; reason: Unreadable; detail?: string }>({
      severity: 'error',
      title: { en: 'A configuration file cannot be read', ja: '設定ファイルを読み取れません' },
      why: {
        en: 'claude-doctor was asked to read this file and could not, so the settings in it were not checked. The program that uses the file may fail the same way.',
        ja: 'claude-doctor はこのファイルを読むよう指定されましたが読み取れなかったため、中の設定は検査されていません。このファイルを使うプログラムも同じように失敗する可能性があります。',
      },
      message: {
        en: (a) => `${a.path} ${UNREADABLE[a.reason].en}${detailOf(a.detail, 'en')}.`,
        ja: (a) => `${a.path} ${UNREADABLE[a.reason].ja}${detailOf(a.detail, 'ja')}。`,
      },
      fix: {
        en: (a) => [UNREADABLE_STEP[unreadableStep(a.reason)].en(a.path)],
        ja: (a) => [UNREADABLE_STEP[unreadableStep(a.reason)].ja(a.path)],
      },
      example: { path: '.env', reason: 'permission' },
    }),
  ),

  'source/not-text': lazy(() =>
    spec<{ path: string; reason: NotText; line?: number }>({
      severity: 'error',
      title: { en: 'A configuration file is not UTF-8 text', ja: '設定ファイルが UTF-8 のテキストではありません' },
      why: {
        en: 'Configuration files must be UTF-8 text. A binary file, or text saved as UTF-16 ("Unicode" in Windows Notepad) or a legacy encoding, is misread by dotenv, docker and OpenHands alike.',
        ja: '設定ファイルは UTF-8 のテキストでなければなりません。バイナリファイルや、UTF-16（Windows のメモ帳の「Unicode」）や古い文字コードで保存したテキストは、dotenv・docker・OpenHands のいずれでも正しく読めません。',
      },
      message: {
        en: (a) =>
          `${a.path} ${NOT_TEXT[a.reason].en}${a.line ? ` (line ${a.line})` : ''}; its settings were not checked.`,
        ja: (a) =>
          spaced(
            a.path,
            ' は',
            NOT_TEXT[a.reason].ja,
            a.line ? `（${a.line} 行目）` : '',
            '。中の設定は検査されていません。',
          ),
      },
      fix: {
        en: (a) => [
          a.reason === 'binary'
            ? `Check that ${a.path} is the file you meant.`
            : `Save ${a.path} as UTF-8 (\`iconv -f ${a.reason === 'utf16' ? 'UTF-16' : 'LATIN1'} -t UTF-8 ${a.path} > ${a.path}.utf8\`, then replace it), or retype the line in a plain-text editor.`,
        ],
        ja: (a) => [
          a.reason === 'binary'
            ? `${a.path} が意図したファイルか確認します。`
            : `${a.path} を UTF-8 で保存し直します（\`iconv -f ${a.reason === 'utf16' ? 'UTF-16' : 'CP932'} -t UTF-8 ${a.path} > ${a.path}.utf8\` の後で置き換えます。Shift_JIS 以外で保存したファイルなら -f にその文字コードを指定します）。またはプレーンテキストのエディタで行を打ち直します。`,
        ],
      },
      example: { path: '.env', reason: 'utf16' },
    }),
  ),

  'source/too-large': lazy(() =>
    spec<{ path: string; size: number; limit: number }>({
      severity: 'error',
      title: { en: 'A configuration file is too large', ja: '設定ファイルが大きすぎます' },
      why: {
        en: 'A .env or configuration file is a few kilobytes; one this large is almost certainly the wrong file (a log, a database, a binary), so claude-doctor does not read it.',
        ja: '.env や設定ファイルは通常数キロバイトです。これほど大きいものはほぼ間違いなく別のファイル（ログ、データベース、バイナリなど）なので、claude-doctor は読み込みません。',
      },
      message: {
        en: (a) =>
          `${a.path} is ${a.size} bytes, more than the ${a.limit}-byte limit for a configuration file; it was not read.`,
        ja: (a) =>
          `${a.path} は ${a.size} バイトで、設定ファイルの上限 ${a.limit} バイトを超えているため読み込んでいません。`,
      },
      fix: {
        en: (a) => [`Check that ${a.path} is the file you meant; pass the right one with --env-file.`],
        ja: (a) => [`${a.path} が意図したファイルか確認し、正しいファイルを --env-file で指定します。`],
      },
      example: { path: '.env', size: 104857600, limit: 1048576 },
    }),
  ),
};
