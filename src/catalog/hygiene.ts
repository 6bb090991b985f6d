// hygiene/*: files that hold a key and could leak it: not ignored by git, committed, readable by others.
import { lazy, spec } from './define.js';

export const hygieneCodes = {
  'hygiene/env-file-not-ignored': lazy(() =>
    spec<{ path: string }>({
      severity: 'warning',
      title: { en: 'A file with a key is not ignored by git', ja: 'キーを含むファイルが git で無視されていません' },
      why: {
        en: 'The file holds a key and sits in a git repository without being ignored: the next `git add .` commits the key, and a push publishes it. Secret scanners then block the push, or worse, the key is revoked after a leak.',
        ja: 'キーを含むファイルが、無視設定のないまま git リポジトリにあります。次の `git add .` でキーがコミットされ、push で公開されます。シークレットスキャナーに push を止められるか、漏洩後にキーが失効させられます。',
      },
      message: {
        en: (a) => `${a.path} holds a key and is not in .gitignore.`,
        ja: (a) => `${a.path} はキーを含んでいますが、.gitignore に入っていません。`,
      },
      fix: {
        en: (a) => [
          `Add it to .gitignore: \`echo '${a.path.replace(/^.*\//, '')}' >> .gitignore\`.`,
          `Check with \`git check-ignore -v ${a.path}\`.`,
        ],
        ja: (a) => [
          `\`echo '${a.path.replace(/^.*\//, '')}' >> .gitignore\` で .gitignore に追加します。`,
          `\`git check-ignore -v ${a.path}\` で確認します。`,
        ],
      },
      example: { path: '.env' },
    }),
  ),

  'hygiene/key-committed': lazy(() =>
    spec<{ path: string; line?: number }>({
      severity: 'error',
      title: { en: 'A key is in a file tracked by git', ja: 'git で管理されているファイルにキーがあります' },
      why: {
        en: 'A key in a tracked file is in the repository history: everyone with a clone has it, and a public push exposes it. Removing the line is not enough; the key must be rotated.',
        ja: '管理対象のファイルにあるキーはリポジトリの履歴に残り、クローンした全員の手元にあります。公開リポジトリへの push で流出します。行を消すだけでは不十分で、漏れたキーを失効させ、新しいキーに替える必要があります。',
      },
      message: {
        en: (a) => `${a.path}${a.line ? ` line ${a.line}` : ''} holds a key, and git tracks ${a.path}.`,
        ja: (a) => `${a.path}${a.line ? ` の ${a.line} 行目` : ''}にキーがあり、${a.path} は git の管理対象です。`,
      },
      fix: {
        en: (a) => [
          'Rotate the key: create a new one at https://console.anthropic.com/settings/keys and delete the old one.',
          `Stop tracking the file: \`git rm --cached ${a.path}\`, add it to .gitignore, and commit.`,
          'If the repository was ever pushed, treat the old key as public even after rewriting history.',
        ],
        ja: (a) => [
          '漏れたキーを無効にします：https://console.anthropic.com/settings/keys で新しいキーを作成し、漏れた古いキーを削除（失効）します。',
          `ファイルを管理対象から外します：\`git rm --cached ${a.path}\` を実行し、.gitignore に追加してコミットします。`,
          '一度でも push したリポジトリなら、履歴を書き換えた後でも古いキーは公開されたものとして扱います。',
        ],
      },
      example: { path: '.env', line: 3 },
    }),
  ),

  'hygiene/world-readable': lazy(() =>
    spec<{ path: string; mode: string }>({
      severity: 'warning',
      title: { en: 'A file with a key is readable by other users', ja: 'キーを含むファイルが他のユーザーから読めます' },
      why: {
        en: 'The file holds a key and its permissions let the group or every user on this machine read it.',
        ja: 'キーを含むファイルの権限が、グループやこのマシンの全ユーザーに読み取りを許しています。',
      },
      message: {
        en: (a) => `${a.path} holds a key and has mode ${a.mode}: other users can read it.`,
        ja: (a) => `${a.path} はキーを含み、権限が ${a.mode} のため他のユーザーが読めます。`,
      },
      fix: {
        en: (a) => [`\`chmod 600 ${a.path}\``],
        ja: (a) => [`\`chmod 600 ${a.path}\` を実行します。`],
      },
      example: { path: '~/.openhands/settings.json', mode: '644' },
    }),
  ),
};
