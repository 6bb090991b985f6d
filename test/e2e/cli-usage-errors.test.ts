// End to end: a mistake on the command line is one clear message in the user's language and exit 2,
// never a stack trace and never a run with a value the user did not mean; a mistyped command, option
// or configuration key is answered with the closest right one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareCase, runCli, runJson } from '../support/fixture-case.js';

const dir = prepareCase();

/** stderr is the message, then the usage hint: two lines, the first naming the problem. */
function expectUsageError(run: { code: number; stdout: string; stderr: string }, message: RegExp, hint: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(message);
  expect(lines[1]).toMatch(hint);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
}
const EN_HINT = /^Run claude-doctor --help for usage\.$/;
const JA_HINT = /^使い方は claude-doctor --help で表示できます。$/;

describe('did you mean', () => {
  it.each([
    [['chek'], /^claude-doctor: unknown command "chek" \(did you mean check\?\)/],
    [['explian', 'x'], /unknown command "explian" \(did you mean explain\?\)/],
    [['help', 'cods'], /unknown command "cods" \(did you mean codes\?\)/],
    [['--lang', 'en', 'completon', 'bash'], /unknown command "completon" \(did you mean completion\?\)/],
    [['--model', 'x', 'chekc'], /unknown command "chekc" \(did you mean check\?\)/],
    [['compleshun', 'bash'], /^claude-doctor: unknown command "compleshun"; claude-doctor --help lists them$/],
    [['--ofline'], /^claude-doctor: unknown option --ofline \(did you mean --offline\?\)$/],
    [['check', '--no-dokcer'], /unknown option --no-dokcer \(did you mean --no-docker\?\)/],
    [['explain', '--fiel', 'x.log'], /unknown option --fiel \(did you mean --file\?\)/],
    [['explain', '--offline'], /unknown option --offline$/],
    [['codes', 'key/whitspace'], /unknown code "key\/whitspace" \(did you mean key\/whitespace\?\)/],
  ])('%j', async (args, message) => {
    expectUsageError(await runCli(args, dir), message, EN_HINT);
  });

  it('in Japanese', async () => {
    const run = await runCli(['--ofline'], dir, { LANG: 'ja_JP.UTF-8' });
    expectUsageError(run, /不明なオプションです：--ofline（--offline のことですか？）/, JA_HINT);
    const command = await runCli(['chek', '--lang', 'ja'], dir);
    expectUsageError(command, /不明なコマンドです："chek"（check のことですか？）/, JA_HINT);
  });

  it('names the closest key of .claude-doctor.json in the finding', async () => {
    const project = prepareCase('env/clean');
    writeFileSync(join(project, '.claude-doctor.json'), JSON.stringify({ ignores: ['key/quoted'], Strict: true }));
    const { json } = await runJson(['check'], project);
    const messages = json.findings.filter((f) => f.code === 'config/unknown-option').map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining('"ignores", which claude-doctor does not know (did you mean "ignore"?)'),
      expect.stringContaining('"Strict", which claude-doctor does not know (did you mean "strict"?)'),
    ]);
    const ja = await runJson(['check', '--lang', 'ja'], project);
    expect(ja.json.findings.map((f) => f.message).join('\n')).toContain(
      '「ignores」は claude-doctor の知らない項目です（「ignore」のことですか？）',
    );
  });
});

describe('values are validated', () => {
  it.each([
    [['--offline=maybe'], /^claude-doctor: --offline takes true or false, not "maybe"$/],
    [['check', '--strict=yes'], /--strict takes true or false, not "yes"/],
    [['--no-offline=true'], /--no-offline takes no value/],
    [['--model'], /^claude-doctor: --model needs a value$/],
    [['--model', '--offline'], /--model needs a value/],
    [['--model='], /--model needs a value/],
    [['--env-file'], /--env-file needs a value/],
    [['--base-url', '--strict'], /--base-url needs a value/],
    [['explain', '--file'], /--file needs a value/],
    [['--timeout', 'abc'], /--timeout takes a whole number, not "abc"/],
    [['--timeout=1.5'], /--timeout takes a whole number, not "1.5"/],
    [['--timeout'], /--timeout needs a value/],
    [['--format', 'xml'], /Invalid values:/],
    [['check', 'extra'], /check takes no argument "extra"/],
    [['codes', 'a', 'b'], /codes takes no argument "b"/],
  ])('%j is a usage error', async (args, message) => {
    const run = await runCli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("says so in Japanese, yargs' own messages included", async () => {
    expectUsageError(await runCli(['--model', '--lang', 'ja'], dir), /--model には値が必要です/, JA_HINT);
    const choice = await runCli(['--format', 'xml'], dir, { LC_ALL: 'ja_JP.UTF-8' });
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain('不正な値です:');
    expect(choice.stderr).toContain('指定された値: "xml"');
    expect(choice.stderr).not.toMatch(/Invalid values|Given/);
    const missing = await runCli(['completion'], dir, { LANG: 'ja_JP.UTF-8' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('オプション以外の引数が足りません');
  });

  it('valid values still run: a negative number reaches the range check, --flag=false is false', async () => {
    const negative = await runCli(['check', '--timeout', '-5'], dir);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/--timeout must be a whole number of milliseconds from 1/);
    const run = await runCli(
      ['check', '--strict=false', '--timeout=2000', '--model', 'claude-x-1', '--format=json'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).schemaVersion).toBe(1);
  });
});

describe("check's and explain's own usage errors, in the user's language", () => {
  it.each([
    [['check', '--quiet', '--verbose'], /--quiet and --verbose cannot be used together$/, /同時に指定できません$/],
    [['check', '--timeout', '0'], /--timeout must be a whole number of milliseconds from 1 to 600000/, /1 から 600000/],
    [['check', '--ignore', 'key/whitspace'], /unknown code "key\/whitspace" \(did you mean/, /不明なコードです/],
    [
      ['explain', '--file', 'no-such.log'],
      /cannot read no-such\.log: no such file$/,
      /読み込めません：ファイルがありません$/,
    ],
    [['explain', '--file', '.'], /cannot read \.: it is a directory$/, /ディレクトリです$/],
  ])('%j', async (args, en, ja) => {
    expectUsageError(await runCli(args, dir), en, EN_HINT);
    expectUsageError(await runCli([...args, '--lang', 'ja'], dir), ja, JA_HINT);
  });
});
