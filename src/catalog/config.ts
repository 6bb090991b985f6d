// config/*: the team configuration file (.claude-doctor.json, or "claude-doctor" in package.json).
import { lazy, spec } from './define.js';
import { detailJa } from './details.js';

export const configCodes = {
  'config/unknown-option': lazy(() =>
    spec<{ path: string; option: string; known: string[]; closest?: string }>({
      severity: 'warning',
      title: {
        en: 'Unknown option in the claude-doctor configuration',
        ja: 'claude-doctor の設定に不明な項目があります',
      },
      why: {
        en: 'An option claude-doctor does not know is ignored, so the setting you meant (a misspelt "ignore" or "strict", say) does not apply.',
        ja: 'claude-doctor が知らない項目は無視されるため、意図した設定（綴りを誤った "ignore" や "strict" など）が効きません。',
      },
      message: {
        en: (a) =>
          `${a.path} sets "${a.option}", which claude-doctor does not know` +
          `${a.closest ? ` (did you mean "${a.closest}"?)` : ''}; it understands ${a.known.join(', ')}.`,
        ja: (a) =>
          `${a.path} の「${a.option}」は claude-doctor の知らない項目です` +
          `${a.closest ? `（「${a.closest}」のことですか？）` : ''}。使える項目は ${a.known.join('、')} です。`,
      },
      fix: {
        en: (a) => [
          a.closest
            ? `Rename "${a.option}" to "${a.closest}" in ${a.path}.`
            : `Rename or remove "${a.option}" in ${a.path}.`,
        ],
        ja: (a) => [
          a.closest
            ? `${a.path} の「${a.option}」を「${a.closest}」に直します。`
            : `${a.path} の「${a.option}」の名前を直すか、削除します。`,
        ],
      },
      example: {
        path: '.claude-doctor.json',
        option: 'ignores',
        known: ['ignore', 'strict', 'offline', 'lang'],
        closest: 'ignore',
      },
    }),
  ),

  'config/invalid': lazy(() =>
    spec<{ path: string; detail: string }>({
      severity: 'error',
      title: { en: 'The claude-doctor configuration cannot be used', ja: 'claude-doctor の設定を使えません' },
      why: {
        en: 'The configuration file is not valid JSON, or an option has the wrong type; claude-doctor runs without it.',
        ja: '設定ファイルが正しい JSON でないか、項目の型が誤っているため、claude-doctor は設定なしで実行します。',
      },
      message: {
        en: (a) => `${a.path}: ${a.detail}.`,
        ja: (a) => `${a.path}：${detailJa(a.detail)}。`,
      },
      fix: {
        en: (a) => [`Fix ${a.path}: {"ignore": ["model/deprecated"], "strict": true, "offline": false, "lang": "en"}.`],
        ja: (a) => [
          `${a.path} を \`{"ignore": ["model/deprecated"], "strict": true, "offline": false, "lang": "ja"}\` のような形に直します。`,
        ],
      },
      example: { path: '.claude-doctor.json', detail: '"strict" must be true or false' },
    }),
  ),
};
