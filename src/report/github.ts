// --format github: for a GitHub Actions step. Every discovered key is masked before anything else is
// printed; then one annotation per finding, within GitHub's per-step limits (10 errors, 10 warnings;
// the rest summed up in one line); then the text report in a collapsed group. With GITHUB_STEP_SUMMARY
// set, a Markdown summary is appended to it; with GITHUB_OUTPUT set, the outputs ok, errors, warnings.
// Conventions: ../shared/reference/ci-and-cli-conventions.md §1.
import { appendFileSync } from 'node:fs';
import { clientName, where } from '../catalog/words.js';
import type { Report } from '../doctor.js';
import type { Lang, Severity } from '../types.js';
import { viewProfile } from './profile-view.js';
import { failed, renderFinding, summarize, type RenderedFinding } from './render.js';

export const ANNOTATION_LIMIT = 10;
/** GitHub drops a summary over 1 MiB whole; stay well below. */
export const SUMMARY_LIMIT = 900 * 1024;

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
    props.push(`file=${escapeProperty(f.location.path)}`);
    if (f.location.line) props.push(`line=${f.location.line}`);
    if (f.location.column) props.push(`col=${f.location.column}`);
  }
  props.push(`title=${escapeProperty(`${f.code}: ${f.title}`)}`);
  const fix = f.remediation.map((step, i) => `${i + 1}. ${step}`).join('\n');
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${f.message}\n${fix}`)}`;
}

export interface GithubOptions { lang: Lang; strict: boolean; version: string; env: NodeJS.ProcessEnv; text: string }

export function githubReport(report: Report, opts: GithubOptions): string {
  const out: string[] = [];
  // Keys from files and containers are not secrets GitHub knows about: mask them first.
  const secrets = new Set(report.settings.filter((s) => (s.role === 'api_key' || s.role === 'auth_token') && s.value.trim().length >= 8).flatMap((s) => [s.value, s.value.trim()]));
  for (const secret of secrets) if (!/[\r\n]/.test(secret)) out.push(`::add-mask::${secret}`);

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
  if (hidden) out.push(`::notice title=claude-doctor::${escapeData(`${hidden} more findings are not shown as annotations (GitHub keeps at most ${ANNOTATION_LIMIT} of each kind per step); see the log below and the job summary.`)}`);
  out.push('::group::claude-doctor report', opts.text.trimEnd(), '::endgroup::');

  const summary = summarize(findings);
  if (opts.env.GITHUB_STEP_SUMMARY) appendFileSync(opts.env.GITHUB_STEP_SUMMARY, stepSummary(report, findings, opts.lang));
  if (opts.env.GITHUB_OUTPUT) {
    appendFileSync(opts.env.GITHUB_OUTPUT, `ok=${!failed(summary, opts.strict)}\nerrors=${summary.errors}\nwarnings=${summary.warnings}\n`);
  }
  return `${out.join('\n')}\n`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A short Markdown summary: profiles, probes, then each finding with its fix in a <details> block. */
export function stepSummary(report: Report, findings: RenderedFinding[], lang: Lang): string {
  const s = summarize(findings);
  const lines = [
    `## claude-doctor: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info`, '',
    '| profile | client | key | model | base URL |', '| --- | --- | --- | --- | --- |',
    ...report.profiles.map((p) => {
      const v = viewProfile(p, false).values;
      return `| ${p.id}${p.label ? ` ${cell(p.label)}` : ''} | ${cell(clientName(p.client, lang))} | ${cell(v.apiKey?.value ?? v.authToken?.value ?? '—')} | ${cell(v.model?.value ?? '—')} | ${cell(v.baseUrl?.value ?? 'https://api.anthropic.com')} |`;
    }),
  ];
  if (report.probes.length) {
    lines.push('', '| probe | status | request id | latency | code |', '| --- | --- | --- | --- | --- |',
      ...report.probes.map((r) => `| ${r.profiles.join(', ')} ${cell(r.endpoint)} | ${r.status ?? '—'} | ${r.requestId ?? '—'} | ${r.latencyMs} ms | \`${r.code}\` |`));
  }
  lines.push('');
  let body = `${lines.join('\n')}\n`;
  for (const f of findings) {
    const block = [
      `<details><summary>${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} <code>${f.code}</code> ${escapeHtml(f.title)}</summary>`, '',
      escapeHtml(f.message), f.location ? `\nAt ${escapeHtml(where(f.location, lang))}.` : '', '',
      ...f.remediation.map((step, i) => `${i + 1}. ${escapeHtml(step)}`), '', '</details>', '',
    ].join('\n');
    if (Buffer.byteLength(body + block) > SUMMARY_LIMIT) {
      body += `\n…and ${findings.length - findings.indexOf(f)} more findings; see the step's log.\n`;
      break;
    }
    body += block;
  }
  return body;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
