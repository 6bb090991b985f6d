// --format text: findings grouped by profile, each with where it points, the redacted key and
// numbered fix steps, then a one-line summary. Every outside string (paths, names, labels, the
// probe's endpoint and request id) is neutralised before it is coloured; the whole report then goes
// through the last guard, which lets only our own newlines and colours through.
import { UI } from '../catalog/ui.js';
import { CREDENTIAL_NAMES, clientName, where } from '../catalog/words.js';
import type { Report } from '../doctor.js';
import type { Lang, Severity } from '../types.js';
import type { Paint } from './color.js';
import { guardTerminal, neutralise } from './neutralise.js';
import { printableView, type ReasonView, SLOTS, type SlotName, viewProfile, type ProfileView } from './profile-view.js';
import { failed, numbered, renderFinding, safeLocation, summarize, type RenderedFinding } from './render.js';

export interface TextOptions {
  lang: Lang;
  strict: boolean;
  showSecrets: boolean;
  version: string;
  color: Paint;
  offline: boolean;
}

const MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

export function textReport(report: Report, opts: TextOptions): string {
  const ui = UI[opts.lang];
  const c = opts.color;
  const tint = (s: Severity) => ({ error: c.red, warning: c.yellow, info: c.cyan })[s];
  const findings = report.findings.map((f) => renderFinding(f, opts.lang));
  const lines: string[] = [];
  lines.push(
    c.bold(`claude-doctor ${opts.version}`) +
      c.dim(
        ` — ${ui.checked}: ${report.sources.map((s) => (s === 'environment' ? ui.environment : neutralise(s))).join(', ')}`,
      ),
  );

  const showFinding = (f: RenderedFinding) => {
    lines.push('', `  ${tint(f.severity)(`${MARK[f.severity]} ${f.code}`)}  ${c.bold(f.title)}`);
    lines.push(indent(f.message, '    '));
    const place = [
      f.location && `${ui.at} ${where(safeLocation(f.location), opts.lang)}`,
      f.credential && `${ui.key} ${f.credential}`,
    ].filter(Boolean);
    if (place.length) lines.push(c.dim(`    ${place.join(' · ')}`));
    lines.push(`    ${ui.fix}:`);
    for (const step of numbered(f.remediation)) lines.push(indent(step, '      '));
    lines.push(c.dim(`    ${ui.docs}: ${f.docsUrl}`));
  };

  // Grouped once: a file with thousands of groups has thousands of profiles and findings.
  const profileIds = new Set(report.profiles.map((p) => p.id));
  const byProfile = new Map<string, RenderedFinding[]>();
  for (const f of findings) {
    if (!f.profile) continue;
    const list = byProfile.get(f.profile);
    if (list) list.push(f);
    else byProfile.set(f.profile, [f]);
  }
  for (const profile of report.profiles) {
    const view = printableView(viewProfile(profile, opts.showSecrets));
    lines.push(
      '',
      c.bold(`${ui.profile} ${view.id} · ${clientName(view.client, opts.lang)}${view.label ? ` ${view.label}` : ''}`),
    );
    lines.push(...profileLines(view, opts.lang).map((l) => `  ${l}`));
    for (const r of report.probes.filter((p) => p.profiles.includes(view.id))) {
      const meta = [
        r.status !== undefined && `HTTP ${r.status}`,
        r.requestId && neutralise(r.requestId),
        `${r.latencyMs} ms`,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${ui.probe.padEnd(12)}${neutralise(r.endpoint)} → ${tint(r.code === 'api/ok' ? 'info' : 'error')(r.code)} (${meta})`,
      );
    }
    byProfile.get(view.id)?.forEach(showFinding);
  }
  const loose = findings.filter((f) => !f.profile || !profileIds.has(f.profile));
  if (loose.length) {
    lines.push('', c.bold(ui.otherFindings));
    loose.forEach(showFinding);
  }

  const summary = summarize(findings);
  const bad = failed(summary, opts.strict);
  const verdict = bad
    ? c.red().bold(`✖ ${ui.verdictFail}`)
    : c.green().bold(`✔ ${findings.length ? ui.verdictOk : ui.noFindings}`);
  lines.push(
    '',
    `${verdict} — ${ui.summary(summary.errors, summary.warnings, summary.infos)}${opts.offline ? c.dim(` (${ui.offlineNote})`) : ''}`,
  );
  return guardTerminal(`${lines.join('\n')}\n`);
}

/** Lines after the first (a code frame, a TOML snippet) under the first, not at the margin. */
const indent = (text: string, pad: string) => `${pad}${text.split('\n').join(`\n${pad}`)}`;

function profileLines(view: ProfileView, lang: Lang): string[] {
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
  const width = Math.max(...Object.values(label).map((l) => l.length), ui.ignored.length, ui.credential.length) + 2;
  const out: string[] = [];
  if (view.credential) out.push(`${ui.credential.padEnd(width)}${credentialLine(view.credential, lang)}`);
  for (const slot of SLOTS) {
    const v = view.values[slot];
    // Optional slots are shown only when set.
    if (!v && (slot === 'authToken' || slot === 'provider' || slot === 'apiVersion')) continue;
    const shown = v ? `${v.value}  ${ui.from} ${where(v.source, lang)}` : unset(slot);
    out.push(`${label[slot].padEnd(width)}${shown}`);
  }
  for (const i of view.ignored) {
    const reason = reasonText(i.reason, lang);
    out.push(`${ui.ignored.padEnd(width)}${i.name} ${i.value} (${where(i.location, lang)}): ${reason}`);
  }
  return out;
}

/** `API key (ANTHROPIC_API_KEY) from .env:3 (also present: subscription login (/login))`. */
function credentialLine(c: NonNullable<ProfileView['credential']>, lang: Lang): string {
  const ui = UI[lang];
  const from = c.source ? `  ${ui.from} ${where(c.source, lang)}` : '';
  const losers = c.losers.map((l) => CREDENTIAL_NAMES[l.kind][lang]);
  const also = losers.length ? `  (${ui.alsoPresent}: ${losers.join(', ')})` : '';
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
