// The docs page of a code, generated from the catalogue (docs/codes/<area>-<name>.md), and the list
// that `claude-doctor codes` prints.
import { CODES, entry, type Code } from './catalog/index.js';
import { UI } from './catalog/ui.js';
import { LANGS } from './i18n.js';
import type { Lang } from './types.js';
import { numbered } from './report/render.js';

export { CODES };

export function codePage(code: Code): string {
  const spec = entry(code);
  const sections = LANGS.map((lang: Lang) => {
    const ui = UI[lang];
    const steps = numbered(spec.fix[lang](spec.example, spec.exampleLocation));
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
      `> ${spec.message[lang](spec.example)}`,
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
