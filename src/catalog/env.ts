// env/*: variables in the environment or a .env file that no client reads.
import { lazy, spec } from './define.js';
import { editStep } from './words.js';

export const envCodes = {
  'env/misnamed-variable': lazy(() =>
    spec<{ name: string; intended: string; intendedSet: boolean }>({
      severity: 'warning',
      title: { en: 'A variable no client reads', ja: 'どのクライアントも読まない変数' },
      why: {
        en: 'The Anthropic SDK, Claude Code, OpenHands and LiteLLM read exact, upper-case names. A variable with a typo, the wrong case, dashes, or a name from another tool (CLAUDE_API_KEY, ANTHROPIC_KEY) is ignored, so the client runs without the value you set.',
        ja: 'Anthropic SDK・Claude Code・OpenHands・LiteLLM は、大文字で正確に綴られた名前しか読みません。綴りの誤り、大文字小文字の違い、ハイフン、別のツールの名前（CLAUDE_API_KEY、ANTHROPIC_KEY など）の変数は無視され、クライアントは設定したはずの値なしで動きます。',
      },
      message: {
        en: (a) =>
          `${a.name} is not read by any client; did you mean ${a.intended}?${a.intendedSet ? ` (${a.intended} is also set, and that is the one used.)` : ''}`,
        ja: (a) =>
          `${a.name} はどのクライアントにも読まれません。${a.intended} のことでしょうか？${a.intendedSet ? `（${a.intended} も設定されており、使われるのはそちらです。）` : ''}`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Rename ${a.name} to ${a.intended}${a.intendedSet ? ', or delete it if it is a leftover' : ''}.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `${a.name} を ${a.intended} に名前を変えます${a.intendedSet ? '（不要な残骸なら削除します）' : ''}。`,
        ],
      },
      example: { name: 'anthropic_api_key', intended: 'ANTHROPIC_API_KEY', intendedSet: false },
      exampleLocation: { kind: 'file', path: '.env', line: 2, column: 19, key: 'anthropic_api_key' },
    }),
  ),
};
