// apiKeyHelper: the command as written, and what it did when --run-helpers ran it (reference: Claude Code §1 (4), §4 (3)).
import type { OutputProblem } from '../../../catalog/claude-code-helper.js';
import { finding, type Finding } from '../../../findings.js';
import { redact, scrubKeyShapes, showText } from '../../../secrets.js';
import type { Location } from '../../../types.js';
import type { HelperFacts, HelperRun } from '../facts.js';
import { type ClaudeCodeCheckInput, of } from './shared.js';

const pathOf = (loc: Location) => (loc.kind === 'file' ? loc.path : 'apiKeyHelper');
const sameLocation = (a: Location, b: Location) => JSON.stringify(a) === JSON.stringify(b);

const STATE_CODE = {
  missing: 'claude-code/helper-missing',
  'not-executable': 'claude-code/helper-not-executable',
  relative: 'claude-code/helper-relative-path',
} as const;

/** The program the helper starts: missing, not executable, or relative to the folder Claude Code runs in. */
function checkProgram(h: HelperFacts): Finding[] {
  if (h.state === 'ok' || h.state === 'unknown') return [];
  const args = { path: pathOf(h.helper.location), program: showText(h.program) };
  return [finding(STATE_CODE[h.state], args, { location: h.helper.location })];
}

/** A repository chooses a project or local helper; it runs once the workspace is trusted (and always in -p). */
function checkLayer(h: HelperFacts): Finding[] {
  if (h.layer !== 'project' && h.layer !== 'local') return [];
  const args = { path: pathOf(h.helper.location), layer: h.layer };
  return [finding('claude-code/helper-in-project', args, { location: h.helper.location })];
}

function checkLiteral(h: HelperFacts, showSecrets: boolean): Finding[] {
  if (!h.literal) return [];
  const args = { path: pathOf(h.helper.location), credential: redact(h.literal.value, showSecrets) };
  return [finding('claude-code/helper-literal', args, { location: h.helper.location })];
}

export function checkHelpers(input: ClaudeCodeCheckInput): Finding[] {
  const { facts, showSecrets } = input;
  const out = facts.helpers.flatMap((h) => [...checkProgram(h), ...checkLayer(h), ...checkLiteral(h, showSecrets)]);
  // A literal needs no run: its text is already checked as a key.
  const notRun = facts.helpers.filter(
    (h) => !h.literal && !facts.helperRuns.some((r) => sameLocation(r.helper.location, h.helper.location)),
  );
  if (notRun.length) {
    const paths = notRun.map((h) => pathOf(h.helper.location));
    out.push(finding('claude-code/helper-not-run', { paths }, { location: notRun[0]!.helper.location }));
  }
  out.push(...facts.helperRuns.flatMap(checkRun));
  return out.map((f) => of(input, f));
}

function checkRun(run: HelperRun): Finding[] {
  const location = run.helper.location;
  const path = pathOf(location);
  if (run.outcome !== 'ok') {
    const args = {
      path,
      outcome: run.outcome,
      ...(run.exitCode === undefined ? {} : { exitCode: run.exitCode }),
      // Already redacted by the runner; scrubbed again because it is text a program wrote.
      ...(run.stderr ? { stderr: scrubKeyShapes(run.stderr) } : {}),
    };
    return [finding('claude-code/helper-failed', args, { location })];
  }
  const bad = outputProblems(run.output?.value ?? '');
  if (!bad) return [];
  return [finding('claude-code/helper-output-invalid', { path, ...bad }, { location })];
}

/** What Claude Code refuses in a helper's output (trimmed, as it reads it), and the first bad position. */
export function outputProblems(raw: string): { problems: OutputProblem[]; position?: number } | undefined {
  const text = raw.trim();
  if (text === '') return { problems: ['empty'] };
  const problems: OutputProblem[] = [];
  let position: number | undefined;
  [...text].forEach((ch, i) => {
    const problem = charProblem(ch);
    if (!problem) return;
    position ??= i + 1;
    if (!problems.includes(problem)) problems.push(problem);
  });
  return position ? { problems, position } : undefined;
}

function charProblem(ch: string): OutputProblem | undefined {
  const cp = ch.codePointAt(0)!;
  if (ch === '\n' || ch === '\r') return 'line-break';
  if (ch === ' ' || ch === '\t') return 'several-words';
  if (cp < 0x20 || cp === 0x7f) return 'control';
  if (cp > 0xff) return 'above-latin1';
  if (cp > 0x7e) return 'non-ascii';
  return undefined;
}
