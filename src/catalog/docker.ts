// docker/*: what the Docker engine and the OpenHands containers on it really run with.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { spaced, where } from './words.js';
import { detailJa } from './details.js';

type Unreachable =
  | 'no-socket'
  | 'refused'
  | 'timeout'
  | 'invalid-address'
  | 'tls-files'
  | 'not-docker'
  | 'too-large'
  | 'error';
const REASON: Record<Unreachable, { en: string; ja: string }> = {
  'no-socket': {
    en: 'no engine is listening there (the socket does not exist)',
    ja: 'エンジンが動いていません（ソケットが存在しません）',
  },
  refused: { en: 'the connection was refused', ja: '接続が拒否されました' },
  timeout: { en: 'it did not answer in time', ja: '時間内に応答がありませんでした' },
  'invalid-address': { en: 'the address is not a Docker host', ja: 'アドレスが Docker ホストの形式ではありません' },
  'tls-files': {
    en: 'a TLS file in DOCKER_CERT_PATH cannot be read',
    ja: 'DOCKER_CERT_PATH の TLS ファイルを読み取れません',
  },
  'not-docker': { en: 'the answer is not a Docker engine answer', ja: '応答が Docker エンジンの応答ではありません' },
  'too-large': { en: 'its answer is too large', ja: '応答が大きすぎます' },
  error: { en: 'the request failed', ja: 'リクエストが失敗しました' },
};
/** The first fix step, by what kept the engine from answering. */
type EngineStep = 'timeout' | 'tls-files' | 'not-docker' | 'start';
const ENGINE_STEP: Record<EngineStep, { en: (host: string) => string; ja: (host: string) => string }> = {
  timeout: {
    en: () =>
      'Check that the engine is healthy (`docker info` should answer at once); restart it if it hangs (`sudo systemctl restart docker`).',
    ja: () =>
      'エンジンが正常か確認します（`docker info` がすぐに応答するはずです）。固まっている場合は再起動します（`sudo systemctl restart docker`）。',
  },
  'tls-files': {
    en: () =>
      'Point DOCKER_CERT_PATH at the folder that holds ca.pem, cert.pem and key.pem for this engine (regular files, readable by you), or unset it.',
    ja: () =>
      'DOCKER_CERT_PATH を、このエンジン用の ca.pem・cert.pem・key.pem（読み取れる通常のファイル）があるフォルダーに向けるか、設定を外します。',
  },
  'not-docker': {
    en: (host) =>
      `Check that ${host} is a Docker engine and not another service (\`docker -H ${host} info\` should answer); fix DOCKER_HOST / --docker-host.`,
    ja: (host) =>
      `${host} が別のサービスではなく Docker エンジンであることを確認し（\`docker -H ${host} info\` が応答するはずです）、DOCKER_HOST / --docker-host を直します。`,
  },
  start: {
    en: () =>
      'Start Docker (`sudo systemctl start docker`, or Docker Desktop), or point DOCKER_HOST / --docker-host at the engine that runs OpenHands.',
    ja: () =>
      'Docker を起動するか（`sudo systemctl start docker` または Docker Desktop）、DOCKER_HOST / --docker-host で OpenHands を動かしているエンジンを指定します。',
  },
};

function engineStep(reason: Unreachable): EngineStep {
  if (reason === 'timeout' || reason === 'tls-files') return reason;
  return reason === 'not-docker' || reason === 'too-large' ? 'not-docker' : 'start';
}

const containerLoc: Location = {
  kind: 'container',
  id: '3f2a9c1b7d4e',
  name: 'openhands-app',
  image: 'docker.openhands.dev/openhands/openhands:0.62',
};

export const dockerCodes = {
  'docker/unreachable': lazy(() =>
    spec<{ host: string; reason: Unreachable; detail?: string }>({
      severity: 'info',
      title: { en: 'The Docker engine cannot be reached', ja: 'Docker エンジンに接続できません' },
      why: {
        en: 'claude-doctor reads OpenHands containers through the Docker Engine API. Without an engine, containers are not checked; that is expected on a machine without Docker, and an error when --docker asks for them.',
        ja: 'claude-doctor は Docker Engine API を通して OpenHands のコンテナを読み取ります。エンジンがなければコンテナは検査されません。Docker のないマシンでは当然ですが、--docker を指定した場合はエラーです。',
      },
      message: {
        en: (a) =>
          `The Docker engine at ${a.host} cannot be reached: ${REASON[a.reason].en}${a.detail ? ` (${a.detail})` : ''}. Containers were not checked.`,
        ja: (a) =>
          `${a.host} の Docker エンジンに接続できません：${REASON[a.reason].ja}${a.detail ? `（${detailJa(a.detail)}）` : ''}。コンテナは検査していません。`,
      },
      fix: {
        en: (a) => [
          ENGINE_STEP[engineStep(a.reason)].en(a.host),
          'Or pass --no-docker when there are no containers to check.',
        ],
        ja: (a) => [
          ENGINE_STEP[engineStep(a.reason)].ja(a.host),
          '検査するコンテナがない場合は --no-docker を付けます。',
        ],
      },
      example: { host: 'unix:///var/run/docker.sock', reason: 'no-socket' },
    }),
  ),

  'docker/permission-denied': lazy(() =>
    spec<{ host: string; socket: string }>({
      severity: 'warning',
      title: { en: 'No permission to use the Docker socket', ja: 'Docker ソケットを使う権限がありません' },
      why: {
        en: 'The Docker socket belongs to root and the docker group; this user is in neither, so the containers cannot be read.',
        ja: 'Docker ソケットは root と docker グループのものです。このユーザーはどちらでもないため、コンテナを読み取れません。',
      },
      message: {
        en: (a) => `Permission denied on ${a.socket}: this user may not talk to the Docker engine.`,
        ja: (a) => `${a.socket} へのアクセスが拒否されました。このユーザーは Docker エンジンを使えません。`,
      },
      fix: {
        en: () => [
          'Add yourself to the docker group (`sudo usermod -aG docker $USER`, then log in again), or run `sudo claude-doctor check --docker`.',
        ],
        ja: () => [
          '自分を docker グループに追加するか（`sudo usermod -aG docker $USER` の後でログインし直す）、`sudo claude-doctor check --docker` で実行します。',
        ],
      },
      example: { host: 'unix:///var/run/docker.sock', socket: '/var/run/docker.sock' },
    }),
  ),

  'docker/stale-container': lazy(() =>
    spec<{
      container: string;
      startedAt: string;
      changedAt: string;
      path: string;
      restart: string;
    }>({
      severity: 'warning',
      title: {
        en: 'The container started before its settings last changed',
        ja: 'コンテナが設定の最終変更より前に起動しています',
      },
      why: {
        en: 'OpenHands reads model, key and base URL when a conversation (or the container) starts. A container, or a conversation in it, that started before the settings file changed may still run with the old key.',
        ja: 'OpenHands はモデル・キー・ベースURL を会話（またはコンテナ）の開始時に読み込みます。設定ファイルの変更より前に起動したコンテナや、その中の会話は、古いキーのまま動いている可能性があります。',
      },
      message: {
        en: (a) => `${a.container} started at ${a.startedAt}, but ${a.path} changed at ${a.changedAt}.`,
        ja: (a) =>
          `${a.container} は ${a.startedAt} に起動しましたが、${a.path} は ${a.changedAt} に変更されています。`,
      },
      fix: {
        en: (a) => [
          `Restart it: \`${a.restart}\`.`,
          'Then start a new conversation: existing ones keep the settings they started with.',
        ],
        ja: (a) => [
          `\`${a.restart}\` で再起動します。`,
          'そのうえで新しい会話を始めます。既存の会話は開始時の設定のままです。',
        ],
      },
      example: {
        container: 'openhands-app',
        startedAt: '2026-11-16T09:12:03Z',
        changedAt: '2026-11-20T17:45:10Z',
        path: '/.openhands/settings.json',
        restart: 'docker restart openhands-app',
      },
      exampleLocation: { ...containerLoc, path: '/.openhands/settings.json' } as Location,
    }),
  ),

  'docker/no-state-volume': lazy(() =>
    spec<{ container: string; mountPath: string; hostPath: string }>({
      severity: 'warning',
      title: {
        en: 'The OpenHands container has no state volume',
        ja: 'OpenHands のコンテナに状態ボリュームがありません',
      },
      why: {
        en: 'The Web UI saves the LLM settings (key included) in its state directory. Without a volume there, they live in the container and are lost whenever it is recreated, so the UI asks for the key again.',
        ja: 'Web UI は LLM の設定（キーを含む）を状態ディレクトリに保存します。そこにボリュームがないと設定はコンテナの中にしかなく、作り直すたびに失われ、UI が再びキーを求めます。',
      },
      message: {
        en: (a) =>
          `${a.container} has nothing mounted at ${a.mountPath}: its saved settings are lost when it is recreated.`,
        ja: (a) =>
          `${a.container} の ${a.mountPath} に何もマウントされていないため、保存した設定は作り直すと失われます。`,
      },
      fix: {
        en: (a) => [
          `Recreate it with \`-v ${a.hostPath}:${a.mountPath}\` in the docker run command (or under volumes: in compose), as the OpenHands README does.`,
        ],
        ja: (a) => [
          `docker run に \`-v ${a.hostPath}:${a.mountPath}\` を付けて（compose なら volumes: に書いて）作り直します。OpenHands の README と同じ形です。`,
        ],
      },
      example: { container: 'openhands-app', mountPath: '/.openhands', hostPath: '~/.openhands' },
      exampleLocation: containerLoc,
    }),
  ),

  'docker/key-differs-from-host': lazy(() =>
    spec<{ container: string; variable: string; host: Location; recreate: { command: string; rerun: boolean } }>({
      severity: 'warning',
      title: {
        en: "The container's key differs from this machine's current key",
        ja: 'コンテナのキーがこのマシンの現在のキーと異なります',
      },
      why: {
        en: 'A container keeps the environment it was created with. After the key changes on the host (a new .env, a rotated secret), the container still sends the old one until it is recreated; a restart is not enough.',
        ja: 'コンテナは作成時の環境変数を持ち続けます。ホストでキーを変えても（新しい .env、作り直したシークレット）、コンテナは作り直すまで古いキーを送ります。再起動だけでは変わりません。',
      },
      message: {
        en: (a) => `${a.container} runs with a different ${a.variable} than ${where(a.host, 'en')} on this machine.`,
        ja: (a) =>
          spaced(
            a.container,
            ' は、このマシンの ',
            where(a.host, 'ja'),
            ' とは異なる ',
            a.variable,
            ' で動いています。',
          ),
      },
      fix: {
        en: (a) => [
          `Recreate the container so it picks up the current key: \`${a.recreate.command}\`${a.recreate.rerun ? `, then start it again as you did before (your \`docker run\` command), with -e ${a.variable} taken from the current environment` : ''}.`,
          'If the container holds the right key, update the host instead.',
        ],
        ja: (a) => [
          `現在のキーを読み込むようにコンテナを作り直します：\`${a.recreate.command}\`${a.recreate.rerun ? ` を実行し、以前と同じ \`docker run\` コマンドで、現在の環境の ${a.variable} を -e で渡してもう一度起動します。` : ''}`,
          'コンテナ側のキーが正しい場合は、ホスト側を更新します。',
        ],
      },
      example: {
        container: 'openhands-app',
        variable: 'LLM_API_KEY',
        host: { kind: 'file', path: '.env', line: 3, key: 'LLM_API_KEY' },
        recreate: { command: 'docker rm -f openhands-app', rerun: true },
      },
      exampleLocation: { ...containerLoc, env: 'LLM_API_KEY' } as Location,
    }),
  ),
};
