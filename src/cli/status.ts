// `claude-doctor status`: what Anthropic's status page says about the Claude API, on its own. Exit 0 when
// the API is listed as operational with no open incident, 1 otherwise (trouble, or a page that could not
// be read: unknown is never "operational").
import { STATUS_WORDS } from '../catalog/status-words.js';
import { pickLang } from '../i18n.js';
import { jsonSafe, neutralise } from '../report/neutralise.js';
import { clock } from '../probe/status-consult.js';
import { readStatus, statusUrl, type ApiStatus } from '../probe/status-page.js';
import { redactUrl } from '../secrets.js';
import { UsageError, type Io } from './io.js';
import { UI } from '../catalog/ui.js';
import { MAX_TIMEOUT } from './check.js';

export interface StatusArgs {
  format: 'text' | 'json';
  lang?: string;
  timeout: number;
}

export async function runStatus(args: StatusArgs, io: Io): Promise<number> {
  const lang = pickLang(args.lang, io.env);
  if (!Number.isInteger(args.timeout) || args.timeout < 1 || args.timeout > MAX_TIMEOUT) {
    throw new UsageError(UI[lang].cli.timeoutRange(MAX_TIMEOUT));
  }
  const url = statusUrl(io.env);
  const status = await readStatus(url, Date.now() + args.timeout);
  const shown = neutralise(redactUrl(url));
  const now = Date.now();
  io.stdout.write(
    args.format === 'json'
      ? jsonSafe(`${JSON.stringify({ schemaVersion: 1, source: shown, ...status }, null, 2)}\n`)
      : statusText(status, shown, lang, now),
  );
  return healthy(status) ? 0 : 1;
}

export function healthy(status: ApiStatus): boolean {
  return status.known && status.component?.status === 'operational' && !status.incidents.length;
}

function statusText(status: ApiStatus, url: string, lang: 'en' | 'ja', now: number): string {
  const w = STATUS_WORDS[lang];
  const lines = [w.heading];
  if (!status.known) {
    lines.push(`  ${w.unknown(w.reasons[status.reason] ?? status.reason)}`);
  } else {
    const c = status.component;
    lines.push(
      c
        ? `  ${w.component(neutralise(c.name), w.states[c.status]!, c.since && c.status !== 'operational' ? clock(c.since, now) : undefined)}`
        : `  ${w.noComponent}`,
      `  ${w.overall(neutralise(status.indicator))}`,
    );
    if (!status.incidents.length) lines.push(`  ${w.noIncidents}`);
    else {
      lines.push(`  ${w.incidents}`);
      for (const i of status.incidents)
        lines.push(
          `    - ${w.incident(neutralise(i.name), neutralise(i.impact), neutralise(i.status), i.startedAt && clock(i.startedAt, now))}`,
        );
    }
  }
  lines.push(`  ${w.source(url)}`);
  return `${lines.join('\n')}\n`;
}
