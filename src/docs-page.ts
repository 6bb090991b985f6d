// The docs page of a code, generated from the catalogue (docs/codes/<area>-<name>.md), and the list
// that `claude-doctor codes` prints.
import { CODES, docsUrl, entry, type Code } from './catalog/index.js';
import { UI } from './catalog/ui.js';
import { generalSteps } from './general-steps.js';
import { LANGS } from './i18n.js';
import type { Lang } from './types.js';
import type { Paint } from './report/color.js';
import { guardTerminal } from './report/neutralise.js';
import { numbered } from './report/render.js';
import { padEnd } from './report/width.js';
import { fitText, HANG, KEEP } from './report/wrap.js';
import { localizeKeyMeta } from './secrets.js';

/** The example's words, with its key displays in the page's language. */
const exampleText = (text: string, lang: Lang) => localizeKeyMeta(text, UI[lang].keyMeta);

export { CODES };

/** Markdown shows `<file>` as an (unknown, dropped) HTML tag: escape `<` outside code spans. */
export function markdownText(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replaceAll('<', '\\<') : part))
    .join('`');
}

/** The general steps, their note (a real run gives the user's values) and, for a code with cases, the other note. */
function fixNotes(code: Code, lang: Lang): { steps: string[]; note: string; caseNote?: string } {
  const { steps, branched } = generalSteps(code, lang);
  const cli = UI[lang].cli;
  return {
    steps: numbered(steps).map((step) => exampleText(step, lang)),
    note: cli.codePageFixNote,
    caseNote: branched ? cli.codePageBranchNote : undefined,
  };
}

export function codePage(code: Code): string {
  const spec = entry(code);
  const sections = LANGS.map((lang: Lang) => {
    const ui = UI[lang];
    const { steps, note, caseNote } = fixNotes(code, lang);
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
      `_${ui.aside(note).trim()}_`,
      '',
      ...steps.map(markdownText),
      ...(caseNote ? ['', `_${caseNote}_`] : []),
    ].join('\n');
  });
  return `# \`${code}\`\n\n<!-- Generated from src/catalog by \`npm run docs\`; do not edit. -->\n\n${sections.join('\n\n')}\n`;
}

/** `width`: the terminal's, to wrap the titles to; none off a terminal. */
export function codeList(lang: Lang, width?: number): string {
  const column = Math.max(...CODES.map((c) => c.length)) + 2;
  const rows = CODES.map((code) => {
    const spec = entry(code);
    return `${code.padEnd(column)}${padEnd(UI[lang].severity[spec.severity], 9)}${HANG}${spec.title[lang]}`;
  });
  return fitText(`${UI[lang].codesHeader}\n\n${rows.join('\n')}\n`, width);
}

/**
 * `claude-doctor codes <code>` on a terminal: the page in one language, as plain lines (no Markdown).
 * The fix steps are in their general form (placeholders where a real run puts the user's values), and say so.
 */
export function codeTerminalPage(code: Code, lang: Lang, c: Paint, width?: number): string {
  const spec = entry(code);
  const ui = UI[lang];
  // A text's lines after the first are a block (a code frame, a TOML snippet): never wrapped.
  const indent = (text: string) => text.split('\n').map((line, i) => `  ${i ? KEEP : ''}${line}`);
  const { steps, note, caseNote } = fixNotes(code, lang);
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
    // The note is an aside: ` (…)` in English, `（…）` with no space in Japanese.
    `${c.bold(ui.fixHeading)}${c.dim(ui.aside(note))}`,
    ...steps.flatMap(indent),
    ...(caseNote ? ['', ...indent(c.dim(caseNote))] : []),
    '',
    `${ui.docs}: ${docsUrl(code)}`,
  ];
  return guardTerminal(fitText(`${lines.join('\n')}\n`, width));
}
