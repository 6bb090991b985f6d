// The files GitHub Actions gives a step: the job summary (GITHUB_STEP_SUMMARY) and the step outputs
// (GITHUB_OUTPUT). They are written before the report is rendered, so a file that cannot be written
// becomes a finding of that report instead of a crash that loses it. Each file is opened without
// blocking and only a regular file is written: a FIFO nobody reads, a device (/dev/full) or a
// directory is refused at once, and a run never hangs on one.
import { closeSync, constants, fstatSync, openSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Code } from '../catalog/index.js';
import type { CiWriteReason } from '../catalog/ci.js';
import type { Report } from '../doctor.js';
import { finding, type Finding } from '../findings.js';
import type { Lang } from '../types.js';
import { stepSummary } from './github.js';
import { failed, renderFinding, summarize } from './render.js';

export interface CiWriteFailure {
  reason: CiWriteReason;
  detail?: string;
}

const FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK | constants.O_NOCTTY;

/** Why a file could not be written, from the error the system gave. */
export function reasonOf(error: NodeJS.ErrnoException): CiWriteFailure {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'missing-directory' };
    case 'EISDIR':
      return { reason: 'directory' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'permission' };
    case 'ENXIO': // a FIFO with no reader, opened without blocking
      return { reason: 'not-a-file' };
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return { reason: 'no-space' };
    case 'EROFS':
      return { reason: 'read-only' };
    default:
      return { reason: 'other', detail: error.code ?? 'unknown error' };
  }
}

/** Appends `text` to the regular file at `path`; says why not, instead of throwing or blocking. */
export function appendCiFile(path: string, text: string): CiWriteFailure | undefined {
  try {
    // Look first: opening a device can have effects of its own, even without blocking.
    const before = statSync(path, { throwIfNoEntry: false });
    if (before?.isDirectory()) return { reason: 'directory' };
    if (before && !before.isFile()) return { reason: 'not-a-file' };
    const fd = openSync(path, FLAGS, 0o666);
    try {
      // The path may have been swapped since: judge the file actually opened.
      if (!fstatSync(fd).isFile()) return { reason: 'not-a-file' };
      const bytes = Buffer.from(text, 'utf8');
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    } finally {
      closeSync(fd);
    }
    return undefined;
  } catch (error) {
    return reasonOf(error as NodeJS.ErrnoException);
  }
}

export interface CiFilesOptions {
  lang: Lang;
  strict: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  ignore: Code[];
}

/**
 * Writes the job summary, then the outputs (whose ok, errors and warnings count a summary failure,
 * so they agree with the exit code); returns the findings for the files that could not be written.
 */
export function writeCiFiles(report: Report, opts: CiFilesOptions): Finding[] {
  const found: Finding[] = [];
  const keep = (f: Finding) => (opts.ignore.includes(f.code) ? [] : [f]);
  const summaryPath = opts.env.GITHUB_STEP_SUMMARY;
  if (summaryPath) {
    const rendered = report.findings.map((f) => renderFinding(f, opts.lang));
    const failure = appendCiFile(resolve(opts.cwd, summaryPath), stepSummary(report, rendered, opts.lang));
    if (failure) {
      const args = { variable: 'GITHUB_STEP_SUMMARY', path: summaryPath, ...failure };
      found.push(
        ...keep(
          finding('ci/step-summary-unwritable', args, { location: { kind: 'env', name: 'GITHUB_STEP_SUMMARY' } }),
        ),
      );
    }
  }
  const outputPath = opts.env.GITHUB_OUTPUT;
  if (outputPath) {
    const summary = summarize([...report.findings, ...found]);
    // Only numbers and a boolean: no outside string goes into this file.
    const text = `ok=${!failed(summary, opts.strict)}\nerrors=${summary.errors}\nwarnings=${summary.warnings}\n`;
    const failure = appendCiFile(resolve(opts.cwd, outputPath), text);
    if (failure) {
      const args = { variable: 'GITHUB_OUTPUT', path: outputPath, ...failure };
      found.push(...keep(finding('ci/output-unwritable', args, { location: { kind: 'env', name: 'GITHUB_OUTPUT' } })));
    }
  }
  return found;
}
