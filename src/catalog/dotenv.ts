// dotenv/*: lines of a .env file that the dotenv package and `docker run --env-file` read differently.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { editStep, list } from './words.js';

const loc: Location = { kind: 'file', path: '.env', line: 2, column: 1, key: 'ANTHROPIC_API_KEY' };

export const dotenvCodes = {
  'dotenv/export-prefix': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: { en: 'A .env line starts with "export"', ja: '.env の行が「export」で始まっています' },
      why: {
        en: 'The dotenv package and python-dotenv accept "export NAME=value", but `docker run --env-file` refuses the whole file ("variable \'export NAME\' contains whitespaces"), so the container does not start.',
        ja: "dotenv パッケージや python-dotenv は「export NAME=value」を受け付けますが、`docker run --env-file` はファイル全体を拒否し（「variable 'export NAME' contains whitespaces」）、コンテナが起動しません。",
      },
      message: {
        en: (a) => `The line for ${a.name} starts with "export": dotenv reads it, docker run --env-file rejects it.`,
        ja: (a) =>
          `${a.name} の行が「export」で始まっています。dotenv は読み込みますが、docker run --env-file は拒否します。`,
      },
      fix: {
        en: (a, l) => [
          editStep(l, a.name, 'en'),
          `Remove "export " so the line reads ${a.name}=…; to load the file into a shell use \`set -a; . ./.env; set +a\`.`,
        ],
        ja: (a, l) => [
          editStep(l, a.name, 'ja'),
          `「export 」を削除して ${a.name}=… の形にします。シェルに読み込むには \`set -a; . ./.env; set +a\` を使います。`,
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY' },
      exampleLocation: loc,
    }),
  ),

  'dotenv/space-around-equals': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: { en: 'Spaces around "=" in a .env line', ja: '.env の行で「=」の前後に空白があります' },
      why: {
        en: 'dotenv trims the spaces, but `docker run --env-file` rejects a name with a trailing space ("variable \'NAME \' contains whitespaces") and keeps a leading space in the value, which breaks a key.',
        ja: "dotenv は空白を取り除きますが、`docker run --env-file` は末尾に空白がある変数名を拒否し（「variable 'NAME ' contains whitespaces」）、値の先頭の空白はそのまま残すため、キーが壊れます。",
      },
      message: {
        en: (a) =>
          `The line for ${a.name} has spaces around "=": dotenv and docker run --env-file read it differently.`,
        ja: (a) => `${a.name} の行で「=」の前後に空白があり、dotenv と docker run --env-file で読み方が異なります。`,
      },
      fix: {
        en: (a, l) => [editStep(l, a.name, 'en'), `Write it as ${a.name}=value, with no spaces around "=".`],
        ja: (a, l) => [editStep(l, a.name, 'ja'), `${a.name}=value のように、「=」の前後に空白を入れずに書きます。`],
      },
      example: { name: 'ANTHROPIC_API_KEY' },
      exampleLocation: loc,
    }),
  ),

  'dotenv/inline-comment': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: { en: 'A comment after the value in a .env line', ja: '.env の行で値の後ろにコメントがあります' },
      why: {
        en: 'dotenv drops "# comment" after an unquoted value, but `docker run --env-file` keeps everything after "=", comment included, in the value.',
        ja: 'dotenv は引用符のない値の後ろの「# コメント」を取り除きますが、`docker run --env-file` は「=」以降をコメントも含めてすべて値にします。',
      },
      message: {
        en: (a) =>
          `The line for ${a.name} has a comment after the value: docker run --env-file makes the comment part of ${a.name}.`,
        ja: (a) =>
          `${a.name} の行で値の後ろにコメントがあります。docker run --env-file ではコメントも ${a.name} の値の一部になります。`,
      },
      fix: {
        en: (a, l) => [editStep(l, a.name, 'en'), 'Move the comment to a line of its own above the variable.'],
        ja: (a, l) => [editStep(l, a.name, 'ja'), 'コメントは変数の上の独立した行に移します。'],
      },
      example: { name: 'ANTHROPIC_API_KEY' },
      exampleLocation: loc,
    }),
  ),

  'dotenv/duplicate-key': lazy(() =>
    spec<{ name: string; lines: number[] }>({
      severity: 'warning',
      title: { en: 'A variable is set twice in one .env file', ja: '同じ .env ファイルで変数が二度設定されています' },
      why: {
        en: 'Only the last line counts (for dotenv, python-dotenv and docker alike), so editing the first one has no effect: a classic cause of "I changed the key and nothing happened".',
        ja: '有効なのは最後の行だけです（dotenv・python-dotenv・docker のいずれも同じ）。最初の行を編集しても効果がなく、「キーを変えたのに何も変わらない」典型的な原因になります。',
      },
      message: {
        en: (a) =>
          `${a.name} is set on lines ${list(a.lines.map(String), 'en')}; only line ${a.lines[a.lines.length - 1]} takes effect.`,
        ja: (a) =>
          `${a.name} が ${a.lines.join('、')} 行目で設定されています。有効なのは ${a.lines[a.lines.length - 1]} 行目だけです。`,
      },
      fix: {
        en: (a, l) => [
          editStep(l, a.name, 'en'),
          `Keep one ${a.name} line, with the key you mean, and delete the others.`,
        ],
        ja: (a, l) => [editStep(l, a.name, 'ja'), `使うキーの ${a.name} の行を一つだけ残し、ほかは削除します。`],
      },
      example: { name: 'ANTHROPIC_API_KEY', lines: [2, 9] },
      exampleLocation: { kind: 'file', path: '.env', line: 9, column: 1, key: 'ANTHROPIC_API_KEY' },
    }),
  ),
};
