// The answer first: one line per client setup, in the manner of `flutter doctor` — a mark, the client
// and its label, the verdict in a few words, and what was confirmed. Data in (a profile, its findings,
// its probes), one line out; the details follow elsewhere.
import { UI } from '../catalog/ui.js';
import { clientName } from '../catalog/words.js';
import type { ProbeResult } from '../probe/anthropic.js';
import type { Lang, Profile, Severity } from '../types.js';
import type { Paint } from './color.js';
import { neutralise } from './neutralise.js';
import { summarize } from './render.js';

export type Mark = 'ok' | 'warn' | 'fail';

const SIGN: Record<Mark, string> = { ok: '✔', warn: '!', fail: '✖' };

export interface OverviewInput {
  profile: Profile;
  /** This profile's findings (any severity). */
  findings: { code: string; severity: Severity }[];
  probes: ProbeResult[];
  offline: boolean;
  strict: boolean;
}

export function markOf(findings: { severity: Severity }[], strict: boolean): Mark {
  const s = summarize(findings);
  if (s.errors || (strict && s.warnings)) return 'fail';
  return s.warnings ? 'warn' : 'ok';
}

/** A problem of this area (key/, model/) that is worth a warning or more. */
const troubled = (findings: OverviewInput['findings'], prefixes: string[]) =>
  findings.some((f) => f.severity !== 'info' && prefixes.some((p) => f.code.startsWith(p)));

/** What the run confirmed of one setup: the key's shape, the model, the probe's answer. */
export function confirmed(input: OverviewInput, lang: Lang): string[] {
  const ui = UI[lang];
  const { profile: p, findings } = input;
  const out: string[] = [];
  const subscription = p.credential?.kind === 'subscription';
  if (subscription) out.push(ui.subscriptionLogin);
  else if ((p.apiKey || p.authToken) && !troubled(findings, ['key/', 'auth/'])) out.push(ui.keyWellFormed);
  if (p.model && !troubled(findings, ['model/'])) out.push(ui.modelCurrent);
  out.push(probeWords(input, lang));
  return out;
}

function probeWords({ probes, offline }: OverviewInput, lang: Lang): string {
  const ui = UI[lang];
  if (offline) return ui.notProbedOffline;
  const ok = probes.find((r) => r.code === 'api/ok');
  // Whose key it is: the ids are the server's text (headerText keeps them printable and short).
  if (ok) {
    const whose = [
      ok.organizationId && ui.organization(neutralise(ok.organizationId)),
      ok.workspaceId && ui.workspace(neutralise(ok.workspaceId)),
    ].filter(Boolean);
    return whose.length ? `${ui.probeOk(ok.latencyMs)} (${whose.join(ui.listSeparator)})` : ui.probeOk(ok.latencyMs);
  }
  const first = probes[0];
  if (!first) return ui.notProbed;
  return first.code.startsWith('net/') ? ui.probeUnreached : ui.probeFailed(first.code);
}

function verdictWords(findings: { severity: Severity }[], lang: Lang): string {
  const ui = UI[lang];
  const s = summarize(findings);
  if (!s.errors && !s.warnings) return ui.verdictOk;
  return ui.counts(s.errors, s.warnings);
}

/** `✔ p1 · Anthropic SDK (ANTHROPIC_* variables) — ok: key well-formed, model current, probe OK 212 ms`. */
export function overviewLine(input: OverviewInput, lang: Lang, c: Paint): string {
  const mark = markOf(input.findings, input.strict);
  const tint = { ok: c.green, warn: c.yellow, fail: c.red }[mark];
  const label = input.profile.label ? ` ${neutralise(input.profile.label)}` : '';
  // The id ties the line to its details block below (`Profile p1 · …`).
  const who = `${neutralise(input.profile.id)} · ${clientName(input.profile.client, lang)}${label}`;
  const facts = confirmed(input, lang).join(UI[lang].listSeparator);
  return `${tint(SIGN[mark])} ${c.bold(who)} — ${verdictWords(input.findings, lang)}: ${facts}`;
}

/** The line for findings tied to no setup (files, engines), when there are any worth a look. */
export function looseLine(findings: { severity: Severity }[], opts: { lang: Lang; strict: boolean; c: Paint }): string {
  const mark = markOf(findings, opts.strict);
  const tint = { ok: opts.c.green, warn: opts.c.yellow, fail: opts.c.red }[mark];
  return `${tint(SIGN[mark])} ${opts.c.bold(UI[opts.lang].otherFindings)} — ${verdictWords(findings, opts.lang)}`;
}
