// ci/*: the files a CI runner gives a step to write to (the job summary, the step outputs). A file
// that cannot be written is a finding of the report, which is still printed whole.
import { lazy, spec } from './define.js';
import { detailJa } from './details.js';

export type CiWriteReason =
  | 'missing-directory'
  | 'directory'
  | 'permission'
  | 'not-a-file'
  | 'no-space'
  | 'read-only'
  | 'other';

interface CiWriteArgs {
  variable: string;
  path: string;
  reason: CiWriteReason;
  detail?: string;
}

const REASON: Record<CiWriteReason, { en: string; ja: string }> = {
  'missing-directory': { en: 'is in a folder that does not exist', ja: 'は存在しないフォルダーの中にあります' },
  directory: { en: 'is a directory, not a file', ja: 'はファイルではなくディレクトリです' },
  permission: { en: 'cannot be written: permission denied', ja: 'に書き込む権限がありません' },
  'not-a-file': {
    en: 'is not a regular file (a pipe, a device or a socket)',
    ja: 'は通常のファイルではありません（パイプ、デバイス、ソケットなど）',
  },
  'no-space': {
    en: 'cannot be written: no space left (a full disk, a quota or a file size limit)',
    ja: 'に書き込めません（ディスク、クォータ、ファイルサイズの上限のいずれかで空きがありません）',
  },
  'read-only': { en: 'is on a read-only file system', ja: 'は読み取り専用のファイルシステム上にあります' },
  other: { en: 'cannot be written', ja: 'に書き込めません' },
};

/** The system's own words, in brackets of the language's kind; nothing when there are none. */
function detailOf(detail: string | undefined, lang: 'en' | 'ja'): string {
  if (!detail) return '';
  return lang === 'ja' ? `（${detailJa(detail)}）` : ` (${detail})`;
}

const said = (a: CiWriteArgs, lang: 'en' | 'ja') =>
  lang === 'ja'
    ? `${a.variable}（${a.path}）${REASON[a.reason].ja}${detailOf(a.detail, lang)}`
    : `${a.variable} (${a.path}) ${REASON[a.reason].en}${detailOf(a.detail, lang)}`;

const runnerSteps = {
  en: (a: CiWriteArgs) => [
    `Leave ${a.variable} as the runner sets it: do not set it in the workflow's env: or in the step's script.`,
    "On a self-hosted runner, check the free space and the permissions of the runner's _temp folder, then re-run the job.",
  ],
  ja: (a: CiWriteArgs) => [
    `${a.variable} はランナーが設定したままにします（ワークフローの env: やステップのスクリプトで設定し直さない）。`,
    'セルフホストランナーでは、ランナーの _temp フォルダーの空き容量と権限を確認してから、ジョブを再実行します。',
  ],
};

export const ciCodes = {
  'ci/step-summary-unwritable': lazy(() =>
    spec<CiWriteArgs>({
      severity: 'warning',
      title: { en: 'The job summary cannot be written', ja: 'ジョブの概要を書き込めません' },
      why: {
        en: "GITHUB_STEP_SUMMARY names the file GitHub Actions shows as the job summary. claude-doctor could not append to it, so this run has no summary; the report is still in the step's log and in the annotations.",
        ja: 'GITHUB_STEP_SUMMARY は、GitHub Actions がジョブの概要として表示するファイルを指します。claude-doctor はそこに追記できなかったため、この実行の概要はありません。レポートはステップのログと注釈には残っています。',
      },
      message: {
        en: (a) => `${said(a, 'en')}; the job summary was not written.`,
        ja: (a) => `${said(a, 'ja')}。ジョブの概要は書き込まれていません。`,
      },
      fix: runnerSteps,
      example: {
        variable: 'GITHUB_STEP_SUMMARY',
        path: '/home/runner/work/_temp/_runner_file_commands/step_summary_1',
        reason: 'no-space',
      },
      exampleLocation: { kind: 'env', name: 'GITHUB_STEP_SUMMARY' },
    }),
  ),

  'ci/output-unwritable': lazy(() =>
    spec<CiWriteArgs>({
      // Later steps that read the outputs see nothing: fail rather than let them take silence for a pass.
      severity: 'error',
      title: { en: 'The step outputs cannot be written', ja: 'ステップの出力を書き込めません' },
      why: {
        en: "GITHUB_OUTPUT names the file from which GitHub Actions reads a step's outputs. claude-doctor could not append ok, errors and warnings to it, so later steps that read them get nothing; the exit code still says whether the check passed.",
        ja: 'GITHUB_OUTPUT は、GitHub Actions がステップの出力を読み取るファイルを指します。claude-doctor は ok・errors・warnings を追記できなかったため、それらを読む後続のステップには何も渡りません。検査に通ったかどうかは終了コードでわかります。',
      },
      message: {
        en: (a) => `${said(a, 'en')}; the step outputs ok, errors and warnings were not written.`,
        ja: (a) => `${said(a, 'ja')}。ステップの出力 ok・errors・warnings は書き込まれていません。`,
      },
      fix: runnerSteps,
      example: {
        variable: 'GITHUB_OUTPUT',
        path: '/home/runner/work/_temp/_runner_file_commands/set_output_1',
        reason: 'permission',
      },
      exampleLocation: { kind: 'env', name: 'GITHUB_OUTPUT' },
    }),
  ),
};
