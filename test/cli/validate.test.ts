// The command-line checks that run before yargs: which command a line runs, and the one message (in
// the user's language) for a mistyped command or option or a value of the wrong type.
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/catalog/ui.js';
import { checkCommandLine } from '../../src/cli/validate.js';

const en = UI.en.cli;
const messageOf = (argv: string[], words = en): string => {
  try {
    checkCommandLine(argv, words);
  } catch (error) {
    return (error as Error).message;
  }
  return 'ok';
};

describe('checkCommandLine', () => {
  it.each([
    [[], 'check'],
    [['check', '--offline'], 'check'],
    [['--lang', 'ja', 'explain', 'some', 'text'], 'explain'],
    [['--lang', 'ja', 'codes'], 'codes'],
    [['--timeout', '-5'], 'check'],
    [['codes', 'key/empty'], 'codes'],
    [['help', 'explain'], 'help'],
    [['completion', 'fish'], 'completion'],
    [['explain', '--', '--not-an-option'], 'explain'],
    [['-h'], 'check'],
    [['version', '-v'], 'version'],
    [['explain', '-'], 'explain'],
    [['--', 'chek'], 'check'],
    [['explain', 'check', 'help'], 'explain'],
    [['help', 'help'], 'help'],
    [['help'], 'help'],
    [['codes', 'not-a-command'], 'codes'],
  ])('%j runs %s', (argv, command) => {
    expect(checkCommandLine(argv, en)).toBe(command);
  });

  it.each([
    [['chek'], 'unknown command "chek" (did you mean check?); claude-doctor --help lists them'],
    [['xyzzy'], 'unknown command "xyzzy"; claude-doctor --help lists them'],
    [['check', 'explian'], 'unknown command "explian" (did you mean explain?); claude-doctor --help lists them'],
    [['check', 'extra'], 'check takes no argument "extra"'],
    [['version', 'now'], 'version takes no argument "now"'],
    [['codes', 'a', 'b'], 'codes takes no argument "b"'],
    [['help', 'cods'], 'unknown command "cods" (did you mean codes?); claude-doctor --help lists them'],
    [['--ofline'], 'unknown option --ofline (did you mean --offline?)'],
    [['--no-dokcer'], 'unknown option --no-dokcer (did you mean --no-docker?)'],
    [['--no-model'], 'unknown option --no-model'],
    [['--model', 'x', 'codes'], 'unknown option --model'],
    [['--constructor'], 'unknown option --constructor'],
    [['-x'], 'unknown option -x'],
    [['codes', '--file', 'x'], 'unknown option --file'],
    [['--offline=maybe'], '--offline takes true or false, not "maybe"'],
    [['--offline='], '--offline takes true or false, not ""'],
    [['--no-offline=false'], '--no-offline takes no value'],
    [['--model'], '--model needs a value'],
    [['--model='], '--model needs a value'],
    [['--model', '--strict'], '--model needs a value'],
    [['--model', '-x'], '--model needs a value'],
    [['--ignore'], '--ignore needs a value'],
    [['--timeout', 'ten'], '--timeout takes a whole number, not "ten"'],
    [['--timeout', '2.5'], '--timeout takes a whole number, not "2.5"'],
    [['--timeout= '], '--timeout takes a whole number, not " "'],
    [['--timeout', '--offline'], '--timeout needs a value'],
    [['--timeout', '--x-5'], '--timeout needs a value'],
    [['--model', '-5'], '--model needs a value'],
    [['--model', '--lang', 'ja'], '--model needs a value'],
    [['--model=x', 'xyzzy'], 'unknown command "xyzzy"; claude-doctor --help lists them'],
    [['--offline', 'xyzzy'], 'unknown command "xyzzy"; claude-doctor --help lists them'],
    [['codes', '--lang=ja', 'a', 'b'], 'codes takes no argument "b"'],
    [['check', 'explain'], 'check takes no argument "explain"'],
    [['check', 'check'], 'check takes no argument "check"'],
    [['--xxxoffline'], 'unknown option --xxxoffline'],
    [['codes', 'a', 'chek'], 'codes takes no argument "chek"'],
    [['-xmodel', 'chek'], 'unknown command "chek" (did you mean check?); claude-doctor --help lists them'],
  ])('%j: %s', (argv, message) => {
    expect(messageOf(argv)).toBe(message);
  });

  it.each([
    [['--offline=true', '--strict=false', '--no-env']],
    [['--model=-odd-but-explicit']],
    [['--timeout', '1e3']],
    [['--timeout=0']],
    [['--env-file', 'a', '--env-file=b']],
    [['--format', 'xml']],
  ])('%j passes (choices and ranges are checked later)', (argv) => {
    expect(messageOf(argv)).toBe('ok');
  });

  it('speaks the words it is given', () => {
    expect(messageOf(['--ofline'], UI.ja.cli)).toBe('不明なオプションです：--ofline（--offline のことですか？）');
    expect(messageOf(['--model'], UI.ja.cli)).toBe('--model には値が必要です');
  });
});
