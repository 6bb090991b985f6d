// The docs page of a code, generated from the catalogue (docs/codes/<area>-<name>.md), and the list
// that `claude-doctor codes` prints.
import { CODES, docsUrl, entry, type Code } from './catalog/index.js';
import { UI } from './catalog/ui.js';
import { LANGS } from './i18n.js';
import type { Lang } from './types.js';
import type { Paint } from './report/color.js';
import { guardTerminal } from './report/neutralise.js';
import { numbered } from './report/render.js';
import { localizeKeyMeta } from './secrets.js';

/** The example's words, with its key displays in the page's language. */
const exampleText = (text: string, lang: Lang) => localizeKeyMeta(text, UI[lang].keyMeta);

export { CODES };

export function codePage(code: Code): string {
  const spec = entry(code);
  const sections = LANGS.map((lang: Lang) => {
    const ui = UI[lang];
    const steps = numbered(spec.fix[lang](spec.example, spec.exampleLocation)).map((s) => exampleText(s, lang));
    return [
      `## ${spec.title[lang]}${lang === 'en' ? '' : ` (${lang})`}`,
      '',
      `${ui.severityLabel}: ${ui.severity[spec.severity]}`,
      '',
      `### ${ui.whyHeading}`,
      '',
      spec.why[lang],
      '',
      `### ${ui.exampleHeading}`,
      '',
      `> ${exampleText(spec.message[lang](spec.example), lang)}`,
      '',
      `### ${ui.fixHeading}`,
      '',
      ...steps,
    ].join('\n');
  });
  return `# \`${code}\`\n\n<!-- Generated from src/catalog by \`npm run docs\`; do not edit. -->\n\n${sections.join('\n\n')}\n`;
}

export function codeList(lang: Lang): string {
  const width = Math.max(...CODES.map((c) => c.length)) + 2;
  const rows = CODES.map((code) => {
    const spec = entry(code);
    return `${code.padEnd(width)}${UI[lang].severity[spec.severity].padEnd(9)}${spec.title[lang]}`;
  });
  return `${UI[lang].codesHeader}\n\n${rows.join('\n')}\n`;
}

/**
 * `claude-doctor codes <code>` on a terminal: the page in one language, as plain lines (no Markdown).
 * The fix steps are the catalogue's, worked on the example shown above them, and say so: a real run
 * gives the same steps with the user's own values.
 */
export function codeTerminalPage(code: Code, lang: Lang, c: Paint): string {
  const spec = entry(code);
  const ui = UI[lang];
  const indent = (text: string) => text.split('\n').map((line) => `  ${line}`);
  const steps = numbered(spec.fix[lang](spec.example, spec.exampleLocation)).map((s) => exampleText(s, lang));
  const lines = [
    c.bold(`${code}  ${spec.title[lang]}`),
    `${ui.severityLabel}: ${ui.severity[spec.severity]}`,
    '',
    c.bold(ui.whyHeading),
    ...indent(spec.why[lang]),
    '',
    c.bold(ui.exampleHeading),
    ...indent(exampleText(spec.message[lang](spec.example), lang)),
    '',
    `${c.bold(ui.fixHeading)} ${c.dim(ui.cli.codePageFixNote)}`,
    ...steps.flatMap(indent),
    '',
    `${ui.docs}: ${docsUrl(code)}`,
  ];
  return guardTerminal(`${lines.join('\n')}\n`);
}
