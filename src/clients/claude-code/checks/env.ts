// The endpoint and network variables, and where a settings file's env replaces the shell's (reference: Claude Code §2, §3).
import type { HeaderProblem } from '../../../catalog/claude-code-env.js';
import { isDefaultEndpoint } from '../../../checks/base-url.js';
import { finding, type Finding } from '../../../findings.js';
import { redact, redactUrl, showText } from '../../../secrets.js';
import { effective } from '../precedence.js';
import { type ClaudeCodeCheckInput, of, setValue } from './shared.js';

/** Values that are not secrets, shown as they are: endpoints, models, regions, switches. */
const PLAIN = /(_BASE_URL|_MODEL|_REGION|^CLAUDE_CODE_USE_[A-Z_]+|^CLAUDE_CONFIG_DIR)$/;

function shown(name: string, value: string, showSecrets: boolean): string {
  if (value === '') return '""';
  if (/_BASE_URL$/.test(name)) return `"${redactUrl(value)}"`;
  return PLAIN.test(name) ? `"${showText(value)}"` : redact(value, showSecrets);
}

/** A variable exported in the shell that a settings file's env sets to something else. */
export function checkEnvOverridesShell(input: ClaudeCodeCheckInput): Finding[] {
  const { facts, showSecrets } = input;
  return facts.shell.flatMap((exported) => {
    const winner = effective(facts, exported.name);
    if (!winner?.file || winner.entry.value === exported.value) return [];
    const args = {
      name: exported.name,
      shell: exported.location,
      file: winner.entry.location,
      shellValue: shown(exported.name, exported.value, showSecrets),
      fileValue: shown(exported.name, winner.entry.value, showSecrets),
    };
    return [of(input, finding('claude-code/settings-env-overrides-shell', args, { location: winner.entry.location }))];
  });
}

/** Behind a gateway the background Haiku model must be one the gateway serves (anthropics/claude-code#41120). */
export function checkGatewayHaiku(input: ClaudeCodeCheckInput): Finding[] {
  const { facts, profile } = input;
  const url = profile.baseUrl;
  if (!url || isDefaultEndpoint(url.value)) return [];
  if (setValue(facts, 'ANTHROPIC_DEFAULT_HAIKU_MODEL') || setValue(facts, 'ANTHROPIC_SMALL_FAST_MODEL')) return [];
  const args = { url: redactUrl(url.value.trim()) };
  return [of(input, finding('claude-code/gateway-no-haiku-mapping', args, { location: url.location }))];
}

export function checkCertificatePaths(input: ClaudeCodeCheckInput): Finding[] {
  return input.facts.paths.flatMap(({ entry, state }) => {
    if (state === 'ok') return [];
    const args = { name: entry.name, path: showText(entry.value), state };
    return [of(input, finding('claude-code/extra-ca-invalid', args, { location: entry.location }))];
  });
}

export function checkTlsOff(input: ClaudeCodeCheckInput): Finding[] {
  const name = 'NODE_TLS_REJECT_UNAUTHORIZED';
  if (setValue(input.facts, name) !== '0') return [];
  const location = effective(input.facts, name)!.entry.location;
  return [of(input, finding('claude-code/tls-verification-off', { name }, { location }))];
}

/** RFC 9110 token characters: what a header name may hold. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and CR are what Claude Code refuses in a header value
const BAD_VALUE = /[\r\0]|[^\u0000-\u00ff]/;

function headerProblem(line: string): HeaderProblem | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return 'not-name-value';
  if (!HEADER_NAME.test(line.slice(0, colon).trim())) return 'bad-name';
  if (BAD_VALUE.test(line.slice(colon + 1))) return 'bad-value';
  return undefined;
}

/** ANTHROPIC_CUSTOM_HEADERS: one `Name: Value` per line. Values are never shown: they may hold tokens. */
export function checkCustomHeaders(input: ClaudeCodeCheckInput): Finding[] {
  const c = effective(input.facts, 'ANTHROPIC_CUSTOM_HEADERS');
  if (!c) return [];
  const lines = c.entry.value.split('\n').flatMap((line, i) => {
    const problem = line.trim() === '' ? undefined : headerProblem(line);
    return problem ? [{ line: i + 1, problem }] : [];
  });
  if (!lines.length) return [];
  return [of(input, finding('claude-code/custom-headers-invalid', { lines }, { location: c.entry.location }))];
}
