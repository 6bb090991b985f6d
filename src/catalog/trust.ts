// Where a credential may go (DESIGN.md, "Secrets"): a base URL a project file chose for a key from
// elsewhere, a redirect, and setups left unprobed. The probe refuses these; the findings say why.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { editStep, spaced, where } from './words.js';

const dotenvLoc: Location = { kind: 'file', path: '.env', line: 2, column: 20, key: 'ANTHROPIC_BASE_URL' };

export const trustCodes = {
  'url/untrusted-base-url': lazy(() =>
    spec<{ name: string; url: string; host: string; credential: Location }>({
      severity: 'error',
      title: {
        en: 'A project file sends your key to another host',
        ja: 'プロジェクトのファイルがキーを別のホストへ送らせます',
      },
      why: {
        en: 'A file in the working directory (a checked-out repository) sets the base URL, and the key comes from somewhere else: your shell, your home folder or a CI secret. Whoever wrote that file chooses where your key goes, so claude-doctor does not send it there, and the clients that read the file would.',
        ja: '作業ディレクトリ内のファイル（チェックアウトしたリポジトリ）がベースURL を設定しており、キーは別の場所（シェル、ホームフォルダー、CI のシークレット）から来ています。キーの送り先をそのファイルの作成者が決められるため、claude-doctor はそこへキーを送りません。このファイルを読むクライアントは送ってしまいます。',
      },
      message: {
        en: (a) =>
          `${a.name}=${a.url} comes from a project file, but the key comes from ${where(a.credential, 'en')}: clients would send that key to ${a.host}. Not probed.`,
        ja: (a) =>
          `${a.name}=${a.url} はプロジェクトのファイルで設定されていますが、キーは${spaced(where(a.credential, 'ja'), 'から来ています。')}クライアントはこのキーを ${a.host} へ送ります。ライブ検査は行いませんでした。`,
      },
      fix: {
        en: (a, loc) => [
          `If you did not put it there, remove ${a.name} from the file (${editStep(loc, a.name, 'en')}) and review who changed it.`,
          'If the host is yours (a company gateway), pass it explicitly with --base-url, or run with --trust-project.',
          'If the key has already been used with this project, rotate it in the Console.',
        ],
        ja: (a, loc) => [
          `自分で設定したものでなければ、ファイルから ${a.name} を削除し、誰が変更したかを確認します。${editStep(loc, a.name, 'ja')}`,
          'ホストが自社のゲートウェイなど信頼できるものなら、--base-url で明示するか、--trust-project を付けて実行します。',
          'このプロジェクトでキーをすでに使った場合は、Console でキーを再発行し、古いキーを無効にします。',
        ],
      },
      example: {
        name: 'ANTHROPIC_BASE_URL',
        url: 'https://llm-gateway.example.net',
        host: 'llm-gateway.example.net',
        credential: { kind: 'env', name: 'ANTHROPIC_API_KEY' },
      },
      exampleLocation: dotenvLoc,
    }),
  ),

  'net/redirect': lazy(() =>
    spec<{ status: number; target: string; host: string }>({
      severity: 'error',
      title: { en: 'The server answered with a redirect', ja: 'サーバーがリダイレクトを返しました' },
      why: {
        en: 'The Anthropic API never redirects. A redirect comes from something in between (a proxy, a gateway, a captive portal, a wrong base URL), and following it would send the key to another server, so claude-doctor does not follow it. Clients that do follow it may send your key there.',
        ja: 'Anthropic API はリダイレクトを返しません。リダイレクトは途中にあるもの（プロキシ、ゲートウェイ、キャプティブポータル、誤ったベースURL）から来ており、従うとキーが別のサーバーに送られるため、claude-doctor は従いません。リダイレクトに従うクライアントはキーをそこへ送る可能性があります。',
      },
      message: {
        en: (a) =>
          `The probe got HTTP ${a.status} pointing to ${a.target}; it was not followed and the key was not sent to ${a.host}.`,
        ja: (a) =>
          `ライブ検査に HTTP ${a.status} が返り、${a.target} へのリダイレクトを指示されました。リダイレクトには従わず、キーを ${a.host} へ送っていません。`,
      },
      fix: {
        en: () => [
          'Set the base URL to the address that answers directly (for Anthropic: https://api.anthropic.com, or unset it).',
          'If a proxy or gateway redirects, ask its owner why; do not point clients at a server you do not know.',
        ],
        ja: () => [
          '直接応答するアドレスをベースURL に設定します（Anthropic なら https://api.anthropic.com、または未設定にします）。',
          'プロキシやゲートウェイがリダイレクトしている場合は管理者に理由を確認します。知らないサーバーをクライアントの送り先にしないでください。',
        ],
      },
      example: { status: 307, target: 'https://login.example.net/…', host: 'login.example.net' },
    }),
  ),

  'api/not-probed': lazy(() =>
    spec<{ count: number; limit: number; profiles: string[] }>({
      severity: 'warning',
      title: { en: 'Some setups were not probed', ja: '一部の設定はライブ検査していません' },
      why: {
        en: 'claude-doctor makes at most a fixed number of live requests per run, so that a file with hundreds of setups cannot turn one check into hundreds of requests. The offline checks still ran on every setup.',
        ja: 'claude-doctor が 1 回の実行で送るライブリクエストの数には上限があります。数百の設定を含むファイルで大量のリクエストが送られないようにするためです。オフラインの検査はすべての設定に対して行っています。',
      },
      message: {
        en: (a) =>
          `${a.count} more distinct setups (profiles ${a.profiles.join(', ')}) were not probed: at most ${a.limit} are probed per run.`,
        ja: (a) =>
          `さらに ${a.count} 件の設定（プロファイル ${a.profiles.join('、')}）はライブ検査していません。1 回の実行で検査するのは最大 ${a.limit} 件です。`,
      },
      fix: {
        en: () => ['Check the remaining setups one file at a time (--config, --env-file, --settings, --container).'],
        ja: () => ['残りの設定は、ファイルごとに（--config、--env-file、--settings、--container で）検査します。'],
      },
      example: { count: 3, limit: 16, profiles: ['p17', 'p18', 'p19'] },
    }),
  ),
};
