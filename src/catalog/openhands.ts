// openhands/*: how OpenHands reads config.toml and the Web UI's settings.json, and what it ignores.
// Facts: OpenHands' own config loader and settings store (github.com/All-Hands-AI/OpenHands, openhands/core/config).
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { editStep, list, spaced, where } from './words.js';
import { detailJa } from './details.js';

const settingsLoc: Location = {
  kind: 'file',
  path: '~/.openhands/settings.json',
  line: 7,
  column: 18,
  key: 'llm_api_key',
};
const UI_PATH = 'Settings → LLM';
/** The same place as OpenHands' Japanese UI labels it (SETTINGS$TITLE, SETTINGS$NAV_LLM). */
const UI_PATH_JA = '「設定」→「LLM」';

/** The second way out: stop setting the value the UI ignores, where it is set (a variable is unset, not edited). */
function variableOf(at: Location): string | undefined {
  if (at.kind === 'env') return at.name;
  if (at.kind === 'container') return at.env;
  return undefined;
}

function dropIgnored(slot: string, at: Location, lang: 'en' | 'ja'): string {
  const variable = variableOf(at);
  if (variable)
    return lang === 'ja'
      ? `あるいは ${variable} を設定しないようにし（docker run や compose ファイルの -e ${variable} を削除します）、管理する値を一つにします。`
      : `Or stop setting ${variable} (remove -e ${variable} from docker run or the compose file) so there is only one value to maintain.`;
  return lang === 'ja'
    ? spaced('あるいは ', where(at, 'ja'), ' から ', slot, ' を削除し、管理する値を一つにします。')
    : `Or remove the ${slot} from ${where(at, 'en')} so there is only one value to maintain.`;
}

export const openhandsCodes = {
  'openhands/config-parse-error': lazy(() =>
    spec<{ path: string; line: number; column: number; detail: string; frame: string }>({
      severity: 'error',
      title: { en: 'config.toml is not valid TOML', ja: 'config.toml が正しい TOML ではありません' },
      why: {
        en: 'OpenHands cannot load a config.toml with a syntax error, so none of its settings (the [llm] key and model included) take effect.',
        ja: '構文エラーのある config.toml は OpenHands が読み込めないため、[llm] のキーやモデルを含むすべての設定が反映されません。',
      },
      message: {
        en: (a) => `${a.path} has a TOML syntax error at line ${a.line}, column ${a.column}: ${a.detail}\n${a.frame}`,
        ja: (a) =>
          `${a.path} の ${a.line} 行 ${a.column} 列に TOML の構文エラーがあります：${detailJa(a.detail)}。\n${a.frame}`,
      },
      fix: {
        en: (a) => [
          `Fix line ${a.line} of ${a.path}: strings need double quotes (api_key = "sk-ant-…"), tables are [llm] on a line of their own.`,
          "Compare with OpenHands' config.template.toml.",
        ],
        ja: (a) => [
          `${a.path} の ${a.line} 行目を修正します。文字列は二重引用符で囲み（api_key = "sk-ant-…"）、テーブルは [llm] のように独立した行に書きます。`,
          'OpenHands の config.template.toml と見比べます。',
        ],
      },
      example: {
        path: 'config.toml',
        line: 104,
        column: 11,
        detail: 'Invalid TOML document: unrecognized value',
        frame: '104:  api_key = sk-ant-…\n                ^',
      },
    }),
  ),

  'openhands/llm-section-dropped': lazy(() =>
    spec<{ group: string; keys: string[]; suggestions: string[] }>({
      severity: 'error',
      title: {
        en: 'An unknown key makes OpenHands drop the whole [llm] section',
        ja: '不明なキーのため OpenHands が [llm] セクション全体を無視します',
      },
      why: {
        en: 'OpenHands validates [llm] strictly (extra="forbid"): one unknown or misspelt key fails the section, which is then skipped with "Cannot parse [llm] config from toml. Continuing with defaults." Its api_key, model and base_url are lost, and OpenHands runs with its defaults.',
        ja: 'OpenHands は [llm] を厳密に検証します（extra="forbid"）。不明なキーや綴りの誤りが一つでもあるとセクション全体が「Cannot parse [llm] config from toml. Continuing with defaults.」で読み飛ばされ、api_key・model・base_url が失われてデフォルトの設定で動きます。',
      },
      message: {
        en: (a) =>
          `[${a.group}] has ${a.keys.length === 1 ? 'an unknown key' : 'unknown keys'} ${list(
            a.keys.map((k) => `"${k}"`),
            'en',
          )}, so OpenHands ignores the whole section, including its api_key.${a.suggestions.length ? ` Did you mean ${list(a.suggestions, 'en')}?` : ''}`,
        ja: (a) =>
          spaced(
            '[',
            a.group,
            '] に不明なキー ',
            list(
              a.keys.map((k) => `「${k}」`),
              'ja',
            ),
            'があるため、OpenHands は api_key を含むセクション全体を無視します。',
            a.suggestions.length ? `${list(a.suggestions, 'ja')} のことでしょうか？` : '',
          ),
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.keys[0] ?? '', 'en'),
          `Rename or delete ${list(a.keys, 'en')}; [${a.group}] accepts only LLMConfig's fields (api_key, model, base_url, api_version, …).`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.keys[0] ?? '', 'ja'),
          `${list(a.keys, 'ja')} の名前を直すか削除します。[${a.group}] には LLMConfig のフィールド（api_key、model、base_url、api_version など）しか書けません。`,
        ],
      },
      example: { group: 'llm', keys: ['apikey'], suggestions: ['api_key'] },
      exampleLocation: { kind: 'file', path: 'config.toml', line: 103, column: 1, key: 'apikey' },
    }),
  ),

  'openhands/legacy-top-level-keys': lazy(() =>
    spec<{ path: string; keys: string[] }>({
      severity: 'error',
      title: {
        en: 'Top-level LLM_API_KEY / LLM_MODEL in config.toml are ignored',
        ja: 'config.toml の最上位の LLM_API_KEY / LLM_MODEL は無視されます',
      },
      why: {
        en: 'Old config files put LLM_API_KEY and LLM_MODEL at the top level. OpenHands 0.27 and later ignore them (apart from an "Unknown section" warning): the key and model must sit in [llm] as api_key and model.',
        ja: '古い設定ファイルは LLM_API_KEY や LLM_MODEL を最上位に書いていました。OpenHands 0.27 以降はこれらを無視します（「Unknown section」の警告が出るだけです）。キーとモデルは [llm] の api_key と model に書きます。',
      },
      message: {
        en: (a) => `${a.path} sets ${list(a.keys, 'en')} at the top level, which OpenHands 0.27+ ignores.`,
        ja: (a) => `${a.path} は ${list(a.keys, 'ja')} を最上位で設定していますが、OpenHands 0.27 以降は無視します。`,
      },
      fix: {
        en: (a) => [
          `Move them under [llm] in ${a.path}:\n[llm]\napi_key = "sk-ant-…"\nmodel = "anthropic/claude-sonnet-4-6"`,
        ],
        ja: (a) => [
          `${a.path} で、次のように [llm] の下に移します。\n[llm]\napi_key = "sk-ant-…"\nmodel = "anthropic/claude-sonnet-4-6"`,
        ],
      },
      example: { path: 'config.toml', keys: ['LLM_API_KEY', 'LLM_MODEL'] },
      exampleLocation: { kind: 'file', path: 'config.toml', line: 1, column: 1, key: 'LLM_API_KEY' },
    }),
  ),

  'openhands/template-defaults': lazy(() =>
    spec<{ path: string; model: string; keyState: 'empty' | 'placeholder' }>({
      severity: 'error',
      title: { en: 'config.toml still has the template values', ja: 'config.toml がテンプレートの値のままです' },
      why: {
        en: 'OpenHands\' config.template.toml ships model = "gpt-4o" (an OpenAI model) and api_key = "". Copied unchanged, it sends requests to OpenAI without a key, whatever Anthropic key you set elsewhere.',
        ja: 'OpenHands の config.template.toml には model = "gpt-4o"（OpenAI のモデル）と api_key = "" が書かれています。そのままコピーすると、ほかで Anthropic のキーを設定していても、キーなしで OpenAI にリクエストが送られます。',
      },
      message: {
        en: (a) =>
          `${a.path} [llm] still has the template's model = "${a.model}" and ${a.keyState === 'empty' ? 'an empty api_key' : 'a placeholder api_key'}.`,
        ja: (a) =>
          spaced(
            a.path,
            ' の [llm] がテンプレートの model = "',
            a.model,
            '" と',
            a.keyState === 'empty' ? '空の api_key' : 'プレースホルダーの api_key',
            'のままです。',
          ),
      },
      fix: {
        en: (a) => [
          `In ${a.path}, set [llm] \`model = "anthropic/claude-sonnet-4-6"\` and \`api_key = "<your key>"\` (or set LLM_API_KEY in the environment and delete the api_key line).`,
        ],
        ja: (a) => [
          `${a.path} の [llm] で \`model = "anthropic/claude-sonnet-4-6"\`、\`api_key = "<キー>"\` にします（または環境変数 LLM_API_KEY を設定し、api_key の行を削除します）。`,
        ],
      },
      example: { path: 'config.toml', model: 'gpt-4o', keyState: 'empty' },
      exampleLocation: { kind: 'file', path: 'config.toml', line: 114, column: 9, key: 'model' },
    }),
  ),

  'openhands/ui-overrides-env': lazy(() =>
    spec<{ slot: 'api_key' | 'model' | 'base_url'; saved: string; ignored: Location }>({
      severity: 'warning',
      title: {
        en: 'The Web UI settings override your environment or config.toml',
        ja: 'Web UI の設定が環境変数や config.toml より優先されます',
      },
      why: {
        en: 'From OpenHands 0.25 the Web UI replaces model, key and base URL with the values saved in settings.json when a conversation starts; -e LLM_API_KEY, LLM_MODEL and config.toml do not change them. (From 0.62 a non-empty LLM_BASE_URL does beat the saved base URL.)',
        ja: 'OpenHands 0.25 以降の Web UI は、会話の開始時にモデル・キー・ベースURL を settings.json に保存された値で置き換えます。-e LLM_API_KEY、LLM_MODEL、config.toml では変わりません（0.62 以降は、空でない LLM_BASE_URL だけは保存されたベースURL より優先されます）。',
      },
      message: {
        en: (a) =>
          `The Web UI uses the ${a.slot} saved in settings.json (${a.saved}); the value in ${where(a.ignored, 'en')} is ignored by the UI.`,
        ja: (a) =>
          spaced(
            'Web UI は settings.json に保存された ',
            a.slot,
            '（',
            a.saved,
            '）を使います。',
            where(a.ignored, 'ja'),
            ' の値は UI では無視されます。',
          ),
      },
      fix: {
        en: (a) => [
          `Change it where the UI reads it: ${UI_PATH} in the OpenHands Web UI (or edit settings.json while OpenHands is stopped).`,
          dropIgnored(a.slot, a.ignored, 'en'),
          'Start a new conversation: running ones keep their settings.',
        ],
        ja: (a) => [
          `UI が読む場所で変更します。OpenHands の Web UI の${UI_PATH_JA}で変更するか、OpenHands を止めてから settings.json を編集します。`,
          dropIgnored(a.slot, a.ignored, 'ja'),
          '新しい会話を始めます。実行中の会話は元の設定のままです。',
        ],
      },
      example: {
        slot: 'api_key',
        saved: 'sk-ant-api03-…Q2AA (108 chars, #a71e0b55)',
        ignored: { kind: 'env', name: 'LLM_API_KEY' },
      },
      exampleLocation: settingsLoc,
    }),
  ),

  'openhands/env-ignored-by-ui': lazy(() =>
    spec<{ name: string; version?: string }>({
      severity: 'warning',
      title: { en: 'The Web UI ignores this LLM_* variable', ja: 'Web UI はこの LLM_* 変数を無視します' },
      why: {
        en: 'From OpenHands 0.25 the Web UI takes model, key and base URL only from its saved settings, not from LLM_MODEL / LLM_API_KEY / LLM_BASE_URL; with no saved settings it asks for them. (From 0.62 a non-empty LLM_BASE_URL is used.)',
        ja: 'OpenHands 0.25 以降の Web UI は、モデル・キー・ベースURL を保存済みの設定からだけ取り、LLM_MODEL / LLM_API_KEY / LLM_BASE_URL は使いません。保存済みの設定がなければ入力を求めます（0.62 以降は空でない LLM_BASE_URL は使われます）。',
      },
      message: {
        en: (a) =>
          `${a.name} is set, but the OpenHands Web UI${a.version ? ` ${a.version}` : ''} does not use it: only ${UI_PATH} (settings.json) counts.`,
        ja: (a) =>
          `${a.name} が設定されていますが、OpenHands Web UI${a.version ? ` ${a.version}` : ''} はこれを使いません。有効なのは${UI_PATH_JA}（settings.json）だけです。`,
      },
      fix: {
        en: (a) => [
          `Enter the value in ${UI_PATH} of the Web UI; it is saved in settings.json and survives restarts when the state directory is mounted.`,
          `Then drop -e ${a.name} from the docker run command or compose file, so nobody is misled by it.`,
        ],
        ja: (a) => [
          `Web UI の${UI_PATH_JA}で値を入力します。settings.json に保存され、状態ディレクトリをマウントしていれば再起動後も残ります。`,
          `そのうえで docker run や compose ファイルから -e ${a.name} を削除し、誤解のもとをなくします。`,
        ],
      },
      example: { name: 'LLM_API_KEY', version: '0.62' },
      exampleLocation: { kind: 'env', name: 'LLM_API_KEY' },
    }),
  ),

  'openhands/settings-unreadable': lazy(() =>
    spec<{ path: string; detail: string; line?: number }>({
      severity: 'error',
      title: {
        en: 'The Web UI settings file is not valid JSON',
        ja: 'Web UI の設定ファイルが正しい JSON ではありません',
      },
      why: {
        en: 'OpenHands cannot load a settings.json it cannot parse: the Web UI behaves as if no settings were saved and asks for the LLM settings again.',
        ja: 'OpenHands は解析できない settings.json を読み込めません。Web UI は設定が保存されていないものとして扱い、LLM の設定を再び求めます。',
      },
      message: {
        en: (a) => `${a.path} is not valid JSON${a.line ? ` (line ${a.line})` : ''}: ${a.detail}.`,
        ja: (a) =>
          `${a.path} は正しい JSON ではありません${a.line ? `（${a.line} 行目）` : ''}：${detailJa(a.detail)}。`,
      },
      fix: {
        en: (a) => [
          `Stop OpenHands, then fix ${a.path} by hand (check with \`jq . ${a.path}\`), or delete it and enter the settings again in ${UI_PATH}.`,
        ],
        ja: (a) => [
          `OpenHands を止めてから ${a.path} を手で直すか（\`jq . ${a.path}\` で確認）、削除して${UI_PATH_JA}で設定し直します。`,
        ],
      },
      example: { path: '~/.openhands/settings.json', detail: 'Expected double-quoted property name', line: 7 },
    }),
  ),

  'openhands/ui-key-empty': lazy(() =>
    spec<{ path: string; field: string }>({
      severity: 'error',
      title: { en: 'The Web UI settings have no API key', ja: 'Web UI の設定に APIキーがありません' },
      why: {
        en: 'With an empty saved key, OpenHands 0.62 logs "Missing api key for model …" and fails every conversation with "Error authenticating with the LLM provider. Please check your API key" before calling the model. ANTHROPIC_API_KEY does not rescue it.',
        ja: '保存されたキーが空だと、OpenHands 0.62 は「Missing api key for model …」を記録し、モデルを呼ぶ前にすべての会話を「Error authenticating with the LLM provider. Please check your API key」で失敗させます。ANTHROPIC_API_KEY を設定しても解決しません。',
      },
      message: {
        en: (a) => `${a.path} has no API key in ${a.field}.`,
        ja: (a) => `${a.path} の ${a.field} に APIキーがありません。`,
      },
      fix: {
        en: () => [`Open ${UI_PATH} in the Web UI, paste your key into "API Key" and save.`],
        ja: () => [`Web UI の${UI_PATH_JA}を開き、「APIキー」にキーを貼り付けて「変更を保存」を押します。`],
      },
      example: { path: '~/.openhands/settings.json', field: 'llm_api_key' },
      exampleLocation: settingsLoc,
    }),
  ),
};
