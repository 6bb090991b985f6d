// The reports of `explain`: each diagnosis once, with where it was seen, a redacted excerpt and the fix.
// The excerpt, the API's message and the model come from the log: they are neutralised before the
// catalogue words them, and the text report goes through the last guard.
import type { ApiArgs } from '../catalog/api.js';
import { docsPath, docsUrl, entry, type Code } from '../catalog/index.js';
import { UI } from '../catalog/ui.js';
import type { Diagnosis } from '../explain.js';
import type { Lang } from '../types.js';
import type { Paint } from './color.js';
import { guardTerminal, jsonSafe, neutralise, neutraliseDeep } from './neutralise.js';
import { numbered } from './render.js';
import { fitText } from './wrap.js';

/** The API's own message, when the excerpt quotes a JSON error body. */
function argsOf(d: Diagnosis): ApiArgs {
  const apiMessage = /"message"\s*:\s*"((?:\\"|[^"])*)"/.exec(d.excerpt)?.[1];
  return {
    ...(d.status ? { status: d.status } : {}),
    ...(apiMessage ? { apiMessage } : {}),
    ...(d.model ? { model: d.model } : {}),
  };
}

const API_AREA = /^(?:auth|billing|api|net)\//;

/** A Bedrock model id as a log quotes it (`us.anthropic.claude-…-v1:0`). */
const BEDROCK_ID = /\b(?:[a-z]{2,4}\.)?anthropic\.claude-[\w.:-]*\w/;

/**
 * The arguments a code's fix steps name, as far as a log tells them: a log names no variable, so the
 * steps say "the model setting" in the reader's words (else they would print "undefined").
 */
function fixArgs(d: Diagnosis, args: ApiArgs, lang: Lang): ApiArgs {
  if (d.code !== 'model/bedrock-id-without-prefix') return args;
  const model = BEDROCK_ID.exec(d.excerpt)?.[0] ?? UI[lang].explainModelId;
  return { ...args, name: UI[lang].explainModelSetting, model } as ApiArgs;
}

function render(d: Diagnosis, lang: Lang) {
  const spec = entry(d.code as Code);
  const args = neutraliseDeep(argsOf(d));
  return {
    code: d.code,
    severity: spec.severity,
    title: spec.title[lang],
    // Only the API's codes word an API message; a key/* code found in a log is told by its why.
    message:
      (args.apiMessage || args.status) && API_AREA.test(d.code) ? spec.message[lang](args as never) : spec.why[lang],
    line: d.lines[0]!,
    lines: d.lines,
    count: d.count,
    excerpt: neutralise(d.excerpt),
    remediation: spec.fix[lang](fixArgs(d, args, lang) as never),
    docs: docsPath(d.code as Code),
    docsUrl: docsUrl(d.code as Code),
  };
}

export function explainJson(diagnoses: Diagnosis[], lang: Lang): string {
  return jsonSafe(
    `${JSON.stringify({ schemaVersion: 1, findings: diagnoses.map((d) => render(d, lang)) }, null, 2)}\n`,
  );
}

/** `width`: the terminal's, to wrap to; none off a terminal. */
export function explainText(diagnoses: Diagnosis[], lang: Lang, c: Paint, width?: number): string {
  const ui = UI[lang];
  if (!diagnoses.length) return fitText(`${ui.explainNothing}\n`, width);
  const out: string[] = [];
  for (const d of diagnoses.map((x) => render(x, lang))) {
    const where = d.count > d.lines.length ? `${d.lines.join(', ')}, …` : d.lines.join(', ');
    out.push(c.bold(`${d.severity === 'error' ? c.red('✖') : c.yellow('▲')} ${d.code}  ${d.title}`));
    out.push(`  ${d.message}`);
    out.push(c.dim(`  ${ui.explainLines(d.count)} ${where}`));
    out.push(c.dim(`  > ${d.excerpt}`));
    out.push(`  ${ui.fix}:`);
    out.push(...numbered(d.remediation).map((step) => `    ${step}`));
    out.push(c.dim(`  ${ui.docs}: ${d.docsUrl}`), '');
  }
  out.push(ui.explainSummary(diagnoses.length));
  return guardTerminal(fitText(`${out.join('\n')}\n`, width));
}
