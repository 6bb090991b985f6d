// claude-code/*: the variables Claude Code reads for its provider, model, endpoint and network.
// Facts: /work/shared/reference/claude-code.md §2, §3, §4 (6, 7).
import type { Lang, Location } from '../types.js';
import { lazy, spec } from './define.js';
import { list, spaced, where } from './words.js';

export type CloudProvider = 'bedrock' | 'vertex';
export type CloudGap = 'region' | 'credentials' | 'project';
/** What the model id looks like, against what the provider needs. */
export type ModelStyle = 'anthropic' | 'bedrock' | 'vertex';
export type PathState = 'missing' | 'not-a-file' | 'unreadable' | 'not-pem';
export type HeaderProblem = 'not-name-value' | 'bad-name' | 'bad-value';

const PROVIDER: Record<CloudProvider, string> = { bedrock: 'Amazon Bedrock', vertex: 'Google Vertex AI' };
const SWITCH: Record<CloudProvider, string> = { bedrock: 'CLAUDE_CODE_USE_BEDROCK', vertex: 'CLAUDE_CODE_USE_VERTEX' };

const GAP: Record<CloudGap, Record<Lang, (p: CloudProvider) => string>> = {
  region: {
    en: (p) => (p === 'bedrock' ? 'AWS_REGION (required up to Claude Code 2.1.171)' : 'CLOUD_ML_REGION'),
    ja: (p) => (p === 'bedrock' ? 'AWS_REGION（Claude Code 2.1.171 までは必須）' : 'CLOUD_ML_REGION'),
  },
  credentials: {
    en: () => 'AWS credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID or AWS_BEARER_TOKEN_BEDROCK)',
    ja: () => 'AWS の認証情報（AWS_PROFILE、AWS_ACCESS_KEY_ID、AWS_BEARER_TOKEN_BEDROCK）',
  },
  project: {
    en: () =>
      'a project (ANTHROPIC_VERTEX_PROJECT_ID, GCLOUD_PROJECT, GOOGLE_CLOUD_PROJECT or GOOGLE_APPLICATION_CREDENTIALS)',
    ja: () =>
      'プロジェクト（ANTHROPIC_VERTEX_PROJECT_ID、GCLOUD_PROJECT、GOOGLE_CLOUD_PROJECT、GOOGLE_APPLICATION_CREDENTIALS）',
  },
};

const STYLE: Record<ModelStyle, Record<Lang, string>> = {
  anthropic: { en: 'an Anthropic API model id (claude-…)', ja: 'Anthropic API のモデル ID（claude-…）' },
  bedrock: {
    en: 'a Bedrock model id (us.anthropic.claude-…, anthropic.claude-… or an inference-profile ARN)',
    ja: 'Bedrock のモデル ID（us.anthropic.claude-…、anthropic.claude-…、推論プロファイルの ARN）',
  },
  vertex: { en: 'a Vertex AI model id (claude-…@version)', ja: 'Vertex AI のモデル ID（claude-…@バージョン）' },
};

const providerOf = (style: ModelStyle) => (style === 'anthropic' ? 'Anthropic API' : PROVIDER[style]);

const PATH_STATE: Record<PathState, Record<Lang, string>> = {
  missing: { en: 'does not exist', ja: 'が存在しません' },
  'not-a-file': { en: 'is not a file', ja: 'はファイルではありません' },
  unreadable: { en: 'cannot be read', ja: 'を読み取れません' },
  'not-pem': {
    en: 'holds no PEM certificate (-----BEGIN …-----)',
    ja: 'に PEM 形式の証明書（-----BEGIN …-----）がありません',
  },
};

const HEADER: Record<HeaderProblem, Record<Lang, string>> = {
  'not-name-value': { en: 'is not "Name: Value"', ja: 'が「Name: Value」の形ではありません' },
  'bad-name': { en: 'has an invalid header name', ja: 'のヘッダー名が不正です' },
  'bad-value': {
    en: 'has a line break, NUL or character above U+00FF in its value',
    ja: 'の値に改行、NUL、U+00FF より大きい文字があります',
  },
};

export const claudeCodeEnvCodes = {
  'claude-code/cloud-missing-variables': lazy(() =>
    spec<{ provider: CloudProvider; missing: CloudGap[] }>({
      severity: 'error',
      title: {
        en: 'Claude Code is switched to a cloud provider without its settings',
        ja: 'Claude Code がクラウドプロバイダーに切り替えられていますが、必要な設定がありません',
      },
      why: {
        en: "With CLAUDE_CODE_USE_BEDROCK or CLAUDE_CODE_USE_VERTEX, Claude Code sends no Anthropic credential: it needs the provider's region and credentials or project instead. Without them requests fail before any model answers.",
        ja: 'CLAUDE_CODE_USE_BEDROCK や CLAUDE_CODE_USE_VERTEX を設定すると、Claude Code は Anthropic の認証情報を送らず、代わりにプロバイダーのリージョンと認証情報またはプロジェクトが必要になります。これらがないと、モデルが応答する前にリクエストが失敗します。',
      },
      message: {
        en: (a) =>
          `${SWITCH[a.provider]} is on, but ${list(
            a.missing.map((g) => GAP[g].en(a.provider)),
            'en',
          )} ${a.missing.length > 1 ? 'are' : 'is'} not set${a.provider === 'bedrock' ? " (the AWS SDK may still find them in ~/.aws; from 2.1.172 the profile's region is enough)" : ''}.`,
        ja: (a) =>
          `${SWITCH[a.provider]} が有効ですが、${list(
            a.missing.map((g) => GAP[g].ja(a.provider)),
            'ja',
          )}が設定されていません${a.provider === 'bedrock' ? '（AWS SDK が ~/.aws から見つける場合もあります。2.1.172 以降はプロファイルのリージョンで足ります）' : ''}。`,
      },
      fix: {
        en: (a) => [
          `Set ${list(
            a.missing.map((g) => GAP[g].en(a.provider)),
            'en',
          )} in the env of ~/.claude/settings.json or in your shell, next to ${SWITCH[a.provider]}.`,
          `Or unset ${SWITCH[a.provider]} if Claude Code should use the Anthropic API.`,
        ],
        ja: (a) => [
          `${list(
            a.missing.map((g) => GAP[g].ja(a.provider)),
            'ja',
          )}を ~/.claude/settings.json の env かシェルで、${SWITCH[a.provider]} と一緒に設定します。`,
          `Anthropic API を使う場合は ${SWITCH[a.provider]} を削除します。`,
        ],
      },
      example: { provider: 'vertex', missing: ['region', 'project'] },
      exampleLocation: { kind: 'env', name: 'CLAUDE_CODE_USE_VERTEX' },
    }),
  ),

  'claude-code/cloud-model-mismatch': lazy(() =>
    spec<{
      name: string;
      model: string;
      needs: ModelStyle;
      has: ModelStyle;
      unverified: boolean;
    }>({
      severity: 'error',
      title: {
        en: "The model id does not fit Claude Code's provider",
        ja: 'モデル ID が Claude Code のプロバイダーに合っていません',
      },
      why: {
        en: 'Each provider names the same model differently: the Anthropic API claude-sonnet-4-6, Bedrock us.anthropic.claude-… or an ARN, Vertex AI claude-…@version. An id of another provider gives a 404 or "model not found". Aliases (sonnet, opus, haiku) work everywhere.',
        ja: 'プロバイダーごとに同じモデルの名前が違います。Anthropic API では claude-sonnet-4-6、Bedrock では us.anthropic.claude-… または ARN、Vertex AI では claude-…@バージョンです。ほかのプロバイダーの ID では 404 や「model not found」になります。エイリアス（sonnet、opus、haiku）はどこでも使えます。',
      },
      message: {
        en: (a) =>
          `${a.name} is "${a.model}", ${STYLE[a.has].en}, but Claude Code talks to ${providerOf(a.needs)}, which needs ${STYLE[a.needs].en}.${a.unverified ? ' (Unverified: newer models on Vertex AI may be named without a version.)' : ''}`,
        ja: (a) =>
          `${a.name} は「${a.model}」（${STYLE[a.has].ja}）ですが、Claude Code は ${providerOf(a.needs)} に接続するため、${STYLE[a.needs].ja}が必要です。${a.unverified ? '（未確認：Vertex AI の新しいモデルはバージョンなしの名前の場合があります。）' : ''}`,
      },
      fix: {
        en: (a, loc) => [
          `Set ${a.name}${loc ? ` (${where(loc, 'en')})` : ''} to ${STYLE[a.needs].en}, or to an alias such as sonnet.`,
        ],
        ja: (a, loc) => [
          spaced(
            a.name,
            loc ? `（${where(loc, 'ja')}）` : '',
            'を',
            STYLE[a.needs].ja,
            'か、sonnet などのエイリアスにします。',
          ),
        ],
      },
      example: {
        name: 'ANTHROPIC_MODEL',
        model: 'claude-sonnet-4-6',
        needs: 'bedrock',
        has: 'anthropic',
        unverified: false,
      },
      exampleLocation: { kind: 'env', name: 'ANTHROPIC_MODEL' },
    }),
  ),

  'claude-code/settings-env-overrides-shell': lazy(() =>
    spec<{
      name: string;
      shell: Location;
      file: Location;
      shellValue: string;
      fileValue: string;
    }>({
      severity: 'info',
      title: {
        en: "A settings file's env replaces your shell's value",
        ja: '設定ファイルの env がシェルの値を置き換えています',
      },
      why: {
        en: "In Claude Code a variable in a settings file's env beats the same variable exported in the shell, so changing the export has no effect (a common surprise with ANTHROPIC_BASE_URL, models and tokens).",
        ja: 'Claude Code では、設定ファイルの env にある変数がシェルで export した同じ変数より優先されます。そのため export を変えても効果がありません（ANTHROPIC_BASE_URL、モデル、トークンでよく起こります）。',
      },
      message: {
        en: (a) =>
          `Claude Code uses ${a.name} = ${a.fileValue} from ${where(a.file, 'en')}, not ${a.shellValue} from the ${where(a.shell, 'en')}.`,
        ja: (a) =>
          spaced(
            'Claude Code は ',
            where(a.file, 'ja'),
            ' の ',
            a.name,
            ' = ',
            a.fileValue,
            ' を使い、',
            where(a.shell, 'ja'),
            ' の ',
            a.shellValue,
            ' は使いません。',
          ),
      },
      fix: {
        en: (a) => [
          `If the shell's value is the one you want, delete ${a.name} from ${where(a.file, 'en')}; otherwise unset the export to avoid confusion.`,
        ],
        ja: (a) => [
          spaced(
            'シェルの値を使いたい場合は ',
            where(a.file, 'ja'),
            ' から ',
            a.name,
            ' を削除します。そうでなければ混乱を避けるため export を削除します。',
          ),
        ],
      },
      example: {
        name: 'ANTHROPIC_BASE_URL',
        shell: { kind: 'env', name: 'ANTHROPIC_BASE_URL' },
        file: { kind: 'file', path: '~/.claude/settings.json', line: 4, column: 5, key: 'ANTHROPIC_BASE_URL' },
        shellValue: 'https://api.anthropic.com',
        fileValue: 'http://localhost:1234',
      },
    }),
  ),

  'claude-code/gateway-no-haiku-mapping': lazy(() =>
    spec<{ url: string }>({
      severity: 'warning',
      title: {
        en: 'Behind a gateway, Claude Code has no background (Haiku) model set',
        ja: 'ゲートウェイ経由なのに、Claude Code のバックグラウンド（Haiku）モデルが設定されていません',
      },
      why: {
        en: 'Claude Code sends background tasks (titles, summaries) to a Haiku-class model you never chose. A gateway that does not serve that model answers 404 for it (anthropics/claude-code#41120) unless ANTHROPIC_DEFAULT_HAIKU_MODEL names a model it serves.',
        ja: 'Claude Code はバックグラウンドの処理（タイトルや要約）を、利用者が選んでいない Haiku 系のモデルに送ります。そのモデルを提供しないゲートウェイは 404 を返します（anthropics/claude-code#41120）。ANTHROPIC_DEFAULT_HAIKU_MODEL でゲートウェイが提供するモデルを指定すれば防げます。',
      },
      message: {
        en: (a) =>
          `ANTHROPIC_BASE_URL is ${a.url}, and neither ANTHROPIC_DEFAULT_HAIKU_MODEL nor ANTHROPIC_SMALL_FAST_MODEL is set.`,
        ja: (a) =>
          `ANTHROPIC_BASE_URL は ${a.url} ですが、ANTHROPIC_DEFAULT_HAIKU_MODEL も ANTHROPIC_SMALL_FAST_MODEL も設定されていません。`,
      },
      fix: {
        en: () => [
          'Set ANTHROPIC_DEFAULT_HAIKU_MODEL to a small model the gateway serves, in the env of ~/.claude/settings.json or your shell.',
        ],
        ja: () => [
          'ゲートウェイが提供する小さいモデルを ANTHROPIC_DEFAULT_HAIKU_MODEL に、~/.claude/settings.json の env かシェルで設定します。',
        ],
      },
      example: { url: 'https://llm-gateway.example.com' },
      exampleLocation: { kind: 'env', name: 'ANTHROPIC_BASE_URL' },
    }),
  ),

  'claude-code/extra-ca-invalid': lazy(() =>
    spec<{ name: string; path: string; state: PathState }>({
      severity: 'error',
      title: {
        en: 'A certificate file variable points to a bad file',
        ja: '証明書ファイルの環境変数が不正なファイルを指しています',
      },
      why: {
        en: 'NODE_EXTRA_CA_CERTS (your proxy\'s or company\'s CA) and CLAUDE_CODE_CLIENT_CERT / CLAUDE_CODE_CLIENT_KEY must name readable PEM files. Otherwise TLS to the API fails ("unable to get local issuer certificate", "self signed certificate in certificate chain") or the client certificate is not sent.',
        ja: 'NODE_EXTRA_CA_CERTS（プロキシや社内の CA）と CLAUDE_CODE_CLIENT_CERT / CLAUDE_CODE_CLIENT_KEY は、読み取れる PEM ファイルを指す必要があります。そうでないと API への TLS が失敗する（「unable to get local issuer certificate」「self signed certificate in certificate chain」）か、クライアント証明書が送られません。',
      },
      message: {
        en: (a) => `${a.name} is ${a.path}, which ${PATH_STATE[a.state].en}.`,
        ja: (a) => `${a.name} は ${a.path} ですが、このファイル${PATH_STATE[a.state].ja}。`,
      },
      fix: {
        en: (a) => [
          `Point ${a.name} to the absolute path of the PEM file (check it with \`openssl x509 -in <file> -noout -subject\`).`,
        ],
        ja: (a) => [
          `${a.name} に PEM ファイルの絶対パスを設定します（\`openssl x509 -in <ファイル> -noout -subject\` で確認できます）。`,
        ],
      },
      example: { name: 'NODE_EXTRA_CA_CERTS', path: '~/certs/corp-ca.pem', state: 'missing' },
      exampleLocation: { kind: 'env', name: 'NODE_EXTRA_CA_CERTS' },
    }),
  ),

  'claude-code/tls-verification-off': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: { en: 'TLS certificate checks are turned off', ja: 'TLS 証明書の検証が無効になっています' },
      why: {
        en: "NODE_TLS_REJECT_UNAUTHORIZED=0 makes Claude Code accept any certificate, so anyone on the network path can read your key and your code. Claude Code's network docs warn against it: trust the proxy's CA with NODE_EXTRA_CA_CERTS instead.",
        ja: 'NODE_TLS_REJECT_UNAUTHORIZED=0 にすると Claude Code はどの証明書も受け入れるため、通信経路上の誰でもキーやコードを読めます。Claude Code のネットワークのドキュメントも推奨していません。代わりに NODE_EXTRA_CA_CERTS でプロキシの CA を信頼させます。',
      },
      message: {
        en: (a) => `${a.name}=0 turns off certificate checks for Claude Code.`,
        ja: (a) => `${a.name}=0 により Claude Code の証明書の検証が無効になっています。`,
      },
      fix: {
        en: (a) => [
          `Unset ${a.name}, and set NODE_EXTRA_CA_CERTS to your proxy's CA certificate (a PEM file) if you need one.`,
        ],
        ja: (a) => [
          `${a.name} を削除し、必要ならプロキシの CA 証明書（PEM ファイル）を NODE_EXTRA_CA_CERTS に設定します。`,
        ],
      },
      example: { name: 'NODE_TLS_REJECT_UNAUTHORIZED' },
      exampleLocation: { kind: 'env', name: 'NODE_TLS_REJECT_UNAUTHORIZED' },
    }),
  ),

  'claude-code/custom-headers-invalid': lazy(() =>
    spec<{ lines: { line: number; problem: HeaderProblem }[] }>({
      severity: 'error',
      title: { en: 'ANTHROPIC_CUSTOM_HEADERS has invalid lines', ja: 'ANTHROPIC_CUSTOM_HEADERS に不正な行があります' },
      why: {
        en: 'ANTHROPIC_CUSTOM_HEADERS holds one "Name: Value" header per line. A line without a colon is dropped, and a header with a bad name or a value with a line break, NUL or character above U+00FF is refused by Claude Code, so the gateway does not get the header it needs.',
        ja: 'ANTHROPIC_CUSTOM_HEADERS には 1 行に 1 つ「Name: Value」の形でヘッダーを書きます。コロンのない行は捨てられ、名前が不正なヘッダーや、値に改行・NUL・U+00FF より大きい文字があるヘッダーは Claude Code が拒否するため、ゲートウェイに必要なヘッダーが届きません。',
      },
      message: {
        en: (a) =>
          `ANTHROPIC_CUSTOM_HEADERS: ${list(
            a.lines.map((l) => `line ${l.line} ${HEADER[l.problem].en}`),
            'en',
          )}.`,
        ja: (a) =>
          `ANTHROPIC_CUSTOM_HEADERS：${list(
            a.lines.map((l) => `${l.line} 行目${HEADER[l.problem].ja}`),
            'ja',
          )}。`,
      },
      fix: {
        en: () => [
          'Write one header per line as "Name: Value" (e.g. X-Gateway-Team: ml), with a newline between headers and nothing else.',
        ],
        ja: () => [
          '1 行に 1 つ「Name: Value」の形で書きます（例：X-Gateway-Team: ml）。ヘッダーの間は改行だけで区切ります。',
        ],
      },
      example: { lines: [{ line: 2, problem: 'not-name-value' }] },
      exampleLocation: { kind: 'env', name: 'ANTHROPIC_CUSTOM_HEADERS' },
    }),
  ),
};
