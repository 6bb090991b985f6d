// --format github: for a GitHub Actions step. Every discovered key is masked before anything else is
// printed; then one annotation per finding, within GitHub's per-step limits (10 errors, 10 warnings;
// the rest summed up in one line); then the text report in a collapsed group. Rendering only: the job
// summary (stepSummary) and the step outputs are written by ci-files.ts before this runs, so a file
// that cannot be written is a finding of this very report.
// Conventions: docs.github.com, "Workflow commands for GitHub Actions", and @actions/core's escaping.
// A mask line holds the key itself (GitHub then hides it from the rest of the log): it is printed only
// inside GitHub Actions. Anywhere else (a terminal, another CI) no runner would hide anything, so the
// masks are left out and maskNote says why.
//
// Outside strings never reach the runner as a command: the runner reads a command from any line that
// starts, after blanks, with `::` (or the older `##[`), on stdout and stderr alike. So the text report
// sits between `::stop-commands::<token>` and `::<token>::` (a fresh random token each run, so the
// report cannot end the block), every annotation property and message is escaped as actions/toolkit
// does, and masks are escaped too (the runner unescapes `%0A` in a mask, it does not split on it).
import { clientName, where } from '../catalog/words.js';
import { UI } from '../catalog/ui.js';
import type { Report } from '../doctor.js';
import type { Lang, Setting, Severity } from '../types.js';
import { credentialIn, localizeKeyMeta } from '../secrets.js';
import { DEFAULT_BASE_URL } from '../probe/targets.js';
import { neutralise, neutraliseLines, safeRuns } from './neutralise.js';
import { printableView, viewProfile } from './profile-view.js';
import { numbered, renderFinding, safeLocation, summarize, type RenderedFinding } from './render.js';

export const ANNOTATION_LIMIT = 10;
/** GitHub drops a summary over 1 MiB whole; stay well below. */
export const SUMMARY_LIMIT = 900 * 1024;
/** Shorter secrets are not masked: masking "password" would blank that word all over the log. */
const MIN_MASK = 8;

/** Escaping of the data after `::` (actions/toolkit command.ts). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value (file=, title=, …). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function annotation(f: RenderedFinding): string {
  const props: string[] = [];
  if (f.location?.kind === 'file') {
    props.push(`file=${escapeProperty(neutralise(f.location.path))}`);
    if (f.location.line) props.push(`line=${f.location.line}`);
    if (f.location.column) props.push(`col=${f.location.column}`);
  }
  props.push(`title=${escapeProperty(`${f.code}: ${f.title}`)}`);
  const fix = numbered(f.remediation).join('\n');
  // The arguments were neutralised before rendering; once more here, so no control can reach the runner.
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(neutraliseLines(`${f.message}\n${fix}`))}`;
}

/**
 * What to register with `::add-mask::`: each credential as it is and trimmed, and any key found inside
 * another value. A mask line has no
 * escape for a control character (only `%`, CR and LF have one), and the runner masks line by line,
 * so a value holding control characters is masked as its runs between them: the mask line itself
 * then holds nothing a terminal or the runner would act on.
 */
export function masksFor(settings: Setting[]): string[] {
  const masks = new Set<string>();
  for (const s of settings) {
    // A key pasted where a model or base URL goes is masked too: a later step may print that variable.
    const secret = s.role === 'api_key' || s.role === 'auth_token' ? s.value : credentialIn(s.value);
    if (!secret) continue;
    for (const run of safeRuns(secret)) {
      for (const v of [run, run.trim()]) if (v.trim().length >= MIN_MASK) masks.add(v);
    }
  }
  return [...masks];
}

/** The text report where the runner runs no command, whatever the report holds. */
export function inertBlock(text: string): string[] {
  // Only our own line breaks are left; every other control is a visible escape.
  const body = neutraliseLines(text.trimEnd());
  // node:crypto only here: loading it costs every other run about 5 ms of start-up.
  const { randomBytes } = process.getBuiltinModule('node:crypto');
  let token = randomBytes(16).toString('hex');
  while (body.includes(token)) token = randomBytes(16).toString('hex');
  return [`::stop-commands::${token}`, body, `::${token}::`];
}

/** Where a runner reads `::add-mask::` and hides the key from the log that follows. */
export const inGithubActions = (env: NodeJS.ProcessEnv): boolean => env.GITHUB_ACTIONS === 'true';

export interface GithubOptions {
  lang: Lang;
  text: string;
  /** Print the mask lines (inGithubActions): elsewhere they would put raw keys in a log. */
  masks: boolean;
}

/** The line for stderr when masks were left out (keys to mask, outside GitHub Actions); else undefined. */
export function maskNote(report: Report, opts: Pick<GithubOptions, 'lang' | 'masks'>): string | undefined {
  if (opts.masks || !masksFor(report.settings).length) return undefined;
  return `claude-doctor: ${UI[opts.lang].masksOmitted}\n`;
}

export function githubReport(report: Report, opts: GithubOptions): string {
  // Keys from files and containers are not secrets GitHub knows about: mask them first.
  const masks = opts.masks ? masksFor(report.settings) : [];
  const out = masks.map((secret) => `::add-mask::${escapeData(secret)}`);
  const findings = report.findings.map((f) => renderFinding(f, opts.lang));
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let hidden = 0;
  for (const f of findings) {
    if (shown[f.severity] >= ANNOTATION_LIMIT) {
      hidden++;
      continue;
    }
    shown[f.severity]++;
    out.push(annotation(f));
  }
  const words = UI[opts.lang].github;
  if (hidden) out.push(`::notice title=claude-doctor::${escapeData(words.moreAnnotations(hidden, ANNOTATION_LIMIT))}`);
  // The title is ours, without `::` or a line break: no escaping needed.
  out.push(`::group::${words.group}`, ...inertBlock(opts.text), '::endgroup::');
  return `${out.join('\n')}\n`;
}

/**
 * Outside text as Markdown that renders literally: control characters escaped, and every ASCII
 * punctuation character backslash-escaped (CommonMark allows it for all of them), so no name or
 * message can open an HTML tag, a link, an image, emphasis, a table cell or an emoji shortcode.
 */
export function markdownText(text: string): string {
  return neutraliseLines(text).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** In a table cell: on one line. */
const cell = (text: string) => markdownText(text).replace(/\n/g, ' ');

/** A short Markdown summary: profiles, probes, then each finding with its fix in a <details> block. */
export function stepSummary(report: Report, findings: RenderedFinding[], lang: Lang): string {
  const s = summarize(findings);
  const ui = UI[lang];
  const words = ui.github;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `## ${words.summaryHeading(s.errors, s.warnings, s.infos)}`,
    '',
    row(words.profileColumns),
    '| --- | --- | --- | --- | --- |',
    ...report.profiles.map((p) => {
      const view = printableView(viewProfile(p, false));
      const v = view.values;
      const cells = [
        `${p.id}${view.label ? ` ${view.label}` : ''}`,
        clientName(p.client, lang),
        localizeKeyMeta(v.apiKey?.value ?? v.authToken?.value ?? '—', ui.keyMeta),
        v.model?.value ?? '—',
        v.baseUrl?.value ?? DEFAULT_BASE_URL,
      ];
      return `| ${cells.map(cell).join(' | ')} |`;
    }),
  ];
  if (report.probes.length) {
    lines.push(
      '',
      row(words.probeColumns),
      '| --- | --- | --- | --- | --- |',
      ...report.probes.map(
        (r) =>
          `| ${cell(`${r.profiles.join(', ')} ${r.endpoint}`)} | ${r.status ?? '—'} | ${cell(r.requestId ?? '—')} | ${r.latencyMs} ms | \`${r.code}\` |`,
      ),
    );
  }
  lines.push('');
  let body = `${lines.join('\n')}\n`;
  let size = Buffer.byteLength(body);
  for (const [i, f] of findings.entries()) {
    const icon = ICON[f.severity];
    // The catalogue's own line breaks (a code frame, a TOML snippet) stay line breaks.
    const paragraph = (text: string) => markdownText(text).replace(/\n/g, '<br>\n');
    const block = [
      `<details><summary>${icon} <code>${f.code}</code> ${markdownText(f.title)}</summary>`,
      '',
      paragraph(f.message),
      f.location ? `\n${words.at(markdownText(where(safeLocation(f.location), lang)))}` : '',
      '',
      ...f.remediation.map((step, k) => `${k + 1}. ${paragraph(step)}`),
      '',
      '</details>',
      '',
    ].join('\n');
    size += Buffer.byteLength(block);
    if (size > SUMMARY_LIMIT) {
      body += `\n${words.moreFindings(findings.length - i)}\n`;
      break;
    }
    body += block;
  }
  return body;
}
