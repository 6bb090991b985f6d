// `claude-doctor check`: run the doctor, print the report, return the exit code.
import { CODES, isCode, type Code } from '../catalog/index.js';
import { runDoctor } from '../doctor.js';
import { bySeverity } from '../findings.js';
import { pickLang } from '../i18n.js';
import { colorEnabled, paint } from '../report/color.js';
import { jsonReport } from '../report/json.js';
import { failed, summarize } from '../report/render.js';
import { textReport, type Verbosity } from '../report/text.js';
import { progressWanted, terminalProgress } from './progress.js';
import { wrapWidth } from './stdio.js';
import { githubReport, inGithubActions, maskNote } from '../report/github.js';
import { writeCiFiles } from '../report/ci-files.js';
import { sarifReport } from '../report/sarif.js';
import { readConfigFile } from './config-file.js';
import { suggest } from '../suggest.js';
import { VERSION } from '../version.js';
import { UsageError, type Io } from './io.js';
import { UI } from '../catalog/ui.js';
import type { Client, Lang, SourceProblem } from '../types.js';
import { CLIENTS } from '../clients/index.js';
import type { CheckArgs } from './options.js';
import type { Stdin } from '../sources/kubernetes-input.js';

/** Ten minutes: more than any engine or API needs, and well inside a 32-bit timer. */
export const MAX_TIMEOUT = 600_000;

/** Tests hand their own stdin for --kube - (stdinTTY: whether it plays a terminal). */
export type CheckIo = Io & { stdin?: Stdin; stdinTTY?: boolean };

export async function runCheck(args: CheckArgs, io: CheckIo): Promise<number> {
  // The team's configuration file, under the flags.
  const { config, problems, path: configPath } = readConfigFile(io.cwd);
  const lang = pickLang(args.lang ?? config.lang, io.env);
  const ignore = [
    ...projectIgnores(config.ignore ?? [], configPath ?? '.claude-doctor.json', problems),
    ...(args.ignore ?? []).map((code) => toCode(code, lang)),
  ];
  const strict = args.strict ?? config.strict ?? false;
  const offline = args.offline ?? config.offline ?? false;
  const showSecrets = args['show-secrets'];
  const format = args.format ?? (inGithubActions(io.env) && !io.stdout.isTTY ? 'github' : 'text');
  if (args.quiet && args.verbose) throw new UsageError(UI[lang].cli.quietAndVerbose);
  const verbosity = verbosityOf(args);
  const progress = progressWanted({
    stderrTTY: Boolean(io.stderr.isTTY),
    format,
    quiet: verbosity === 'quiet',
    env: io.env,
  })
    ? terminalProgress((s) => io.stderr.write(s), lang)
    : undefined;
  if (!Number.isInteger(args.timeout) || args.timeout < 1 || args.timeout > MAX_TIMEOUT) {
    throw new UsageError(UI[lang].cli.timeoutRange(MAX_TIMEOUT));
  }
  // A name, never a value: a key on the command line lands in shell history and `ps`.
  const adminKeyEnv = args['admin-key-env'];
  if (adminKeyEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(adminKeyEnv)) {
    throw new UsageError(UI[lang].cli.adminKeyEnvName);
  }
  const kubeFiles = kubeInputs(args.kube, io, lang);
  const doctored = await runDoctor({
    env: io.env,
    cwd: io.cwd,
    envFiles: args['env-file'],
    configFiles: args.config,
    settingsFiles: args.settings,
    litellmFiles: args['litellm-config'],
    ...(kubeFiles ? { kubeFiles, ...(io.stdin ? { kubeStdin: io.stdin } : {}) } : {}),
    ...(args.client?.length ? { clients: args.client.map((c) => toClient(c, lang)) } : {}),
    useEnv: args.env,
    docker: args.docker,
    dockerHosts: args['docker-host'],
    containers: args.container,
    timeout: args.timeout,
    offline,
    probe: {
      scheme: args['auth-scheme'],
      model: args.model,
      baseUrl: args['base-url'],
      trustProject: args['trust-project'],
    },
    ...(adminKeyEnv ? { adminKeyEnv } : {}),
    claudeCode: { project: args.project, runHelpers: args['run-helpers'], probeOauth: args['probe-oauth'] },
    extraProblems: problems,
    today: io.today ?? new Date().toISOString().slice(0, 10),
    showSecrets,
    ignore,
    verbose: verbosity === 'verbose',
    ...(progress ? { progress } : {}),
  }).finally(() => progress?.done());
  // The job summary and the step outputs first: a file that cannot be written is a finding to print.
  const ciFindings =
    format === 'github' ? writeCiFiles(doctored, { lang, strict, env: io.env, cwd: io.cwd, ignore }) : [];
  const report = ciFindings.length
    ? { ...doctored, findings: [...doctored.findings, ...ciFindings].sort(bySeverity) }
    : doctored;
  const common = { lang, strict, showSecrets, version: VERSION };
  const text = (color: boolean, width?: number) =>
    textReport(report, { ...common, offline, verbosity, color: paint(color), ...(width ? { width } : {}) });
  const render = {
    json: () => jsonReport(report, common),
    sarif: () => sarifReport(report, common),
    github: () => {
      // Outside GitHub Actions no mask line (it holds the key): say so on stderr.
      const masks = inGithubActions(io.env);
      const note = maskNote(report, { lang, masks });
      if (note) io.stderr.write(note);
      return githubReport(report, { lang, text: text(false), masks });
    },
    text: () => text(colorEnabled(io.env, Boolean(io.stdout.isTTY), args.color), wrapWidth(io.stdout, io.env)),
  };
  io.stdout.write(render[format]());
  return failed(summarize(report.findings), strict) ? 1 : 0;
}

/** --kube: a path, or `-` once, for stdin that is not a terminal (a person would wait for input that never comes). */
function kubeInputs(paths: string[] | undefined, io: CheckIo, lang: Lang): string[] | undefined {
  if (!paths?.length) return undefined;
  const words = UI[lang].cli;
  if (paths.some((p) => p.trim() === '')) throw new UsageError(words.kubeEmpty);
  const stdin = paths.filter((p) => p === '-').length;
  if (stdin > 1) throw new UsageError(words.kubeStdinTwice);
  const terminal = io.stdin ? Boolean(io.stdinTTY) : Boolean((process.stdin as { isTTY?: boolean }).isTTY);
  if (stdin && terminal) throw new UsageError(words.kubeStdinTerminal);
  return paths;
}

function verbosityOf(args: CheckArgs): Verbosity {
  if (args.quiet) return 'quiet';
  return args.verbose ? 'verbose' : 'normal';
}

/**
 * The project's ignore list: a code it does not know is a finding, not a usage error (the file is the
 * project's, the command line the user's); and a project cannot silence the finding that it sends the
 * user's key elsewhere.
 */
const NOT_FOR_PROJECTS: readonly Code[] = ['url/untrusted-base-url'];

function projectIgnores(codes: string[], path: string, problems: SourceProblem[]): Code[] {
  const invalid = (detail: string) =>
    problems.push({ code: 'config/invalid', args: { path, detail }, location: { kind: 'file', path } });
  return codes.filter((code): code is Code => {
    if (!isCode(code)) invalid(`"ignore" names an unknown code: ${JSON.stringify(code).slice(0, 80)}`);
    else if (NOT_FOR_PROJECTS.includes(code))
      invalid(`"ignore" cannot silence ${code} (only --ignore on the command line can)`);
    else return true;
    return false;
  });
}

/** A --client name, or a usage error with the closest id. */
export function toClient(text: string, lang: Lang): Client {
  const ids = CLIENTS.map((c) => c.id);
  if ((ids as string[]).includes(text)) return text as Client;
  const close = suggest(text, ids);
  const words = UI[lang].cli;
  throw new UsageError(
    words.unknownClient(JSON.stringify(text), close ? words.didYouMean(close) : '', ids.join(UI[lang].listSeparator)),
  );
}

export function toCode(text: string, lang: Lang): Code {
  if (isCode(text)) return text;
  const close = suggest(text, CODES);
  const words = UI[lang].cli;
  // JSON.stringify: a code from .claude-doctor.json is outside text, and its line breaks show as \n.
  throw new UsageError(words.unknownCode(JSON.stringify(text), close ? words.didYouMean(close) : ''));
}
