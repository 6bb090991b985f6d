// --format text: the answer first (one overview line per setup), then the findings grouped by profile,
// each with where it points, the redacted key and numbered fix steps, then a one-line verdict. Every outside string (paths, names, labels, the
// probe's endpoint and request id) is neutralised before it is coloured; the whole report then goes
// through the last guard, which lets only our own newlines and colours through.
import { entry } from '../catalog/index.js';
import { UI } from '../catalog/ui.js';
import { CREDENTIAL_NAMES, clientName, where } from '../catalog/words.js';
import type { Report } from '../doctor.js';
import type { Lang, Severity } from '../types.js';
import type { Paint } from './color.js';
import { guardTerminal, neutralise } from './neutralise.js';
import { printableView, type ReasonView, SLOTS, type SlotName, viewProfile, type ProfileView } from './profile-view.js';
import { failed, numbered, renderFinding, safeLocation, summarize, type RenderedFinding } from './render.js';
import { looseLine, overviewLine } from './overview.js';
import { displayWidth, padEnd } from './width.js';
import { fitText, HANG, KEEP } from './wrap.js';
import { localizeKeyMeta } from '../secrets.js';

export type Verbosity = 'quiet' | 'normal' | 'verbose';

export interface TextOptions {
  lang: Lang;
  strict: boolean;
  showSecrets: boolean;
  version: string;
  color: Paint;
  offline: boolean;
  /** quiet: the errors and the verdict; normal: overview and details; verbose: everything read. */
  verbosity?: Verbosity;
  /** The terminal's width to wrap to; none off a terminal. */
  width?: number;
}

const MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** The probe's success is the overview's to say (and the probe line's, under --verbose): no block, no "fix". */
const inOverview = (f: RenderedFinding) => f.code === 'api/ok';

export function textReport(report: Report, opts: TextOptions): string {
  const verbosity = opts.verbosity ?? 'normal';
  const ui = UI[opts.lang];
  const c = opts.color;
  const tint = (s: Severity) => ({ error: c.red, warning: c.yellow, info: c.cyan })[s];
  const findings = report.findings.map((f) => renderFinding(f, opts.lang));
  const lines: string[] = [];
  const showFinding = (f: RenderedFinding) => {
    lines.push('', `  ${tint(f.severity)(`${MARK[f.severity]} ${f.code}`)}  ${c.bold(f.title)}`);
    lines.push(indent(f.message, '    '));
    const place = [
      f.location && `${ui.at} ${where(safeLocation(f.location), opts.lang)}`,
      f.credential && `${ui.key} ${f.credential}`,
    ].filter(Boolean);
    if (place.length) lines.push(c.dim(`    ${place.join(' · ')}`));
    if (f.remediation.length) {
      lines.push(`    ${ui.fix}:`);
      for (const step of numbered(f.remediation)) lines.push(indent(step, '      '));
    }
    lines.push(c.dim(`    ${ui.docs}: ${f.docsUrl}`));
  };

  if (verbosity === 'quiet') {
    findings.filter((f) => f.severity === 'error').forEach(showFinding);
    lines.push('', verdictLine(report, findings, opts));
    return finish(lines.slice(1), opts);
  }

  lines.push(c.bold(`claude-doctor ${opts.version}`) + c.dim(` — ${sourcesHeader(report, opts)}`));
  // Grouped once: a file with thousands of groups has thousands of profiles and findings.
  const profileIds = new Set(report.profiles.map((p) => p.id));
  const byProfile = new Map<string, RenderedFinding[]>();
  for (const f of findings) {
    if (!f.profile) continue;
    const list = byProfile.get(f.profile);
    if (list) list.push(f);
    else byProfile.set(f.profile, [f]);
  }
  const loose = findings.filter((f) => !f.profile || !profileIds.has(f.profile));
  const probesOf = (id: string) => report.probes.filter((p) => p.profiles.includes(id));

  if (report.profiles.length || loose.length) lines.push('');
  const reported = new Set(findings.map((f) => f.code));
  for (const profile of report.profiles) {
    const probes = probesOf(profile.id);
    const overview = {
      findings: [...(byProfile.get(profile.id) ?? []), ...sharedFailures(probes, byProfile.get(profile.id), reported)],
      probes,
    };
    lines.push(overviewLine({ profile, ...overview, offline: opts.offline, strict: opts.strict }, opts.lang, c));
  }
  if (loose.length) lines.push(looseLine(loose, { lang: opts.lang, strict: opts.strict, c }));

  const verbose = verbosity === 'verbose';
  for (const profile of report.profiles) {
    const own = (byProfile.get(profile.id) ?? []).filter((f) => !inOverview(f));
    // A clean setup is its overview line; --verbose, and --show-secrets (asked to see the keys), show it all.
    if (!verbose && !opts.showSecrets && !own.length) continue;
    const view = printableView(viewProfile(profile, opts.showSecrets));
    lines.push(
      '',
      c.bold(`${ui.profile} ${view.id} · ${clientName(view.client, opts.lang)}${view.label ? ` ${view.label}` : ''}`),
    );
    lines.push(...profileLines(view, { lang: opts.lang, verbose }).map((l) => `  ${l}`));
    // The probe's answer: its endpoint and request id help when it failed; a success is in the overview.
    for (const r of probesOf(view.id).filter((p) => verbose || p.code !== 'api/ok')) {
      const meta = [
        r.status !== undefined && `HTTP ${r.status}`,
        r.requestId && neutralise(r.requestId),
        `${r.latencyMs} ms`,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${padEnd(ui.probe, 12)}${HANG}${neutralise(r.endpoint)} → ${tint(r.code === 'api/ok' ? 'info' : 'error')(r.code)} (${meta})`,
      );
    }
    own.forEach(showFinding);
  }
  if (loose.length) {
    lines.push('', c.bold(ui.otherFindings));
    loose.forEach(showFinding);
  }
  if (verbose && report.sources.length) {
    lines.push('', c.bold(ui.sourcesRead));
    for (const s of report.sources) lines.push(`  ${sourceName(s, opts.lang)}`);
  }
  const hidden = report.profiles.reduce((n, p) => n + p.ignored.length, 0);
  if (!verbose && hidden) lines.push('', c.dim(ui.moreWithVerbose(hidden)));
  lines.push('', verdictLine(report, findings, opts));
  return finish(lines, opts);
}

/**
 * A failure reported once for several setups sits under the first: the others' overview lines count it
 * too (a setup whose probe failed is not "ok").
 */
function sharedFailures(
  probes: Report['probes'],
  own: RenderedFinding[] | undefined,
  reported: ReadonlySet<string>,
): { code: string; severity: Severity }[] {
  return probes
    .filter((r) => r.code !== 'api/ok' && reported.has(r.code) && !own?.some((f) => f.code === r.code))
    .map((r) => ({ code: r.code, severity: entry(r.code).severity }));
}

const sourceName = (s: string, lang: Lang) => (s === 'environment' ? UI[lang].environment : neutralise(s));

/** Verbose lists every source; otherwise a short list, or their number when it would not fit a line. */
function sourcesHeader(report: Report, opts: TextOptions): string {
  const ui = UI[opts.lang];
  const names = report.sources.map((s) => sourceName(s, opts.lang)).join(ui.listSeparator);
  if (opts.verbosity === 'verbose' || displayWidth(names) <= 60) return `${ui.checked}: ${names}`;
  return ui.checkedCount(report.sources.length);
}

/** The last line: one clear sentence when all is well, the counts otherwise. */
function verdictLine(report: Report, findings: RenderedFinding[], opts: TextOptions): string {
  const ui = UI[opts.lang];
  const c = opts.color;
  const summary = summarize(findings);
  const offline = opts.offline ? c.dim(ui.aside(ui.offlineNote)) : '';
  if (!summary.errors && !summary.warnings)
    return `${c.green().bold(`✔ ${ui.allClear(report.profiles.length)}`)}${offline}`;
  // Warnings pass (exit 0) unless --strict, but they are not "no problems": the line says both.
  const verdict = failed(summary, opts.strict)
    ? c.red().bold(`✖ ${ui.verdictFail}`)
    : c.yellow().bold(`! ${ui.verdictPassWithWarnings}`);
  return `${verdict} — ${ui.summary(summary.errors, summary.warnings, summary.infos)}${offline}`;
}

/** Lines after the first (a code frame, a TOML snippet) under the first, not at the margin, and never wrapped. */
const indent = (text: string, pad: string) => `${pad}${text.split('\n').join(`\n${pad}${KEEP}`)}`;

function profileLines(view: ProfileView, { lang, verbose }: { lang: Lang; verbose: boolean }): string[] {
  const ui = UI[lang];
  // An unset base URL is not missing: the client then uses the default one.
  const unset = (slot: SlotName) => (slot === 'baseUrl' ? ui.defaultBaseUrl : ui.notSet);
  const label = {
    apiKey: ui.apiKey,
    authToken: ui.authToken,
    model: ui.model,
    baseUrl: ui.baseUrl,
    provider: ui.provider,
    apiVersion: ui.apiVersion,
  };
  const width =
    Math.max(...Object.values(label).map(displayWidth), displayWidth(ui.ignored), displayWidth(ui.credential)) + 2;
  const out: string[] = [];
  if (view.credential) out.push(`${padEnd(ui.credential, width)}${HANG}${credentialLine(view.credential, lang)}`);
  for (const slot of SLOTS) {
    const v = view.values[slot];
    // Optional slots are shown only when set.
    if (!v && (slot === 'authToken' || slot === 'provider' || slot === 'apiVersion')) continue;
    const shown = v ? `${v.value}  ${ui.from} ${where(v.source, lang)}` : unset(slot);
    out.push(`${padEnd(label[slot], width)}${HANG}${shown}`);
  }
  // Ignored settings are --verbose's: a finding that one causes says so itself.
  for (const i of verbose ? view.ignored : []) {
    const reason = reasonText(i.reason, lang);
    out.push(`${padEnd(ui.ignored, width)}${HANG}${i.name} ${i.value} (${where(i.location, lang)}): ${reason}`);
  }
  return out;
}

/** `API key (ANTHROPIC_API_KEY) from .env:3 (also present: subscription login (/login))`. */
function credentialLine(c: NonNullable<ProfileView['credential']>, lang: Lang): string {
  const ui = UI[lang];
  const from = c.source ? `  ${ui.from} ${where(c.source, lang)}` : '';
  const losers = c.losers.map((l) => CREDENTIAL_NAMES[l.kind][lang]);
  const also = losers.length ? ui.aside(`${ui.alsoPresent}: ${losers.join(ui.listSeparator)}`) : '';
  return `${CREDENTIAL_NAMES[c.kind][lang]}${from}${also}`;
}

/** Why a setting is ignored, in words. */
export function reasonText(reason: ReasonView, lang: Lang): string {
  const words = UI[lang].overriddenBy;
  switch (reason.kind) {
    case 'otherVariable':
    case 'cloudProvider':
      return words[reason.kind](reason.name);
    case 'outranked':
      return words.outranked(CREDENTIAL_NAMES[reason.credential][lang]);
    case 'cancelled':
      return words.cancelled(where(reason.at, lang));
    default:
      return words[reason.kind];
  }
}

/** The lines as the reader gets them: key displays in their language, then wrapped to the terminal. */
function finish(lines: string[], opts: TextOptions): string {
  return guardTerminal(fitText(localizeKeyMeta(`${lines.join('\n')}\n`, UI[opts.lang].keyMeta), opts.width));
}
