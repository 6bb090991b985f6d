// The completion scripts, generated in process and run by the shells themselves: what each offers
// after each word. (test/e2e/cli-completion.test.ts runs the built CLI.)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/catalog/index.js';
import { UI } from '../../src/catalog/ui.js';
import { completionScript, type Shell } from '../../src/cli/completion.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-completion-'));
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

function file(shell: Shell, lang: 'en' | 'ja' = 'en'): string {
  const path = join(dir, `${shell}-${lang}`);
  writeFileSync(path, completionScript(shell, lang, UI[lang].cli));
  return path;
}

/** What bash offers for the words typed so far (the last one is being completed). */
function bash(...words: string[]): string[] {
  const script = `source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _claude_doctor; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const out = execFileSync('bash', ['-c', script, file('bash'), 'claude-doctor', ...words], {
    encoding: 'utf8',
    cwd: dir,
  });
  return out.split('\n').filter(Boolean);
}

/** What fish offers for a command line (the words and their descriptions). */
function fish(line: string, lang: 'en' | 'ja' = 'en'): string[] {
  const out = execFileSync('fish', ['-c', `source ${file('fish', lang)}; complete -C "${line}"`], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

describe('bash', () => {
  it("offers the commands and check's options first, then a command's own", () => {
    expect(bash('')).toEqual(expect.arrayContaining(['check', 'explain', 'codes', 'help', 'version', 'completion']));
    expect(bash('')).toEqual(expect.arrayContaining(['--offline', '--no-offline', '--lang', '--color', '--no-color']));
    expect(bash('--h')).toEqual(['--help']);
    expect(bash('--no-h')).toEqual([]);
    expect(bash('--no-e')).toEqual(['--no-env']);
    expect(bash('explain', '')).toEqual([
      '--file',
      '--format',
      '--lang',
      '--color',
      '--no-color',
      '--help',
      '--version',
    ]);
    expect(bash('explain', 'c')).toEqual([]);
    expect(bash('codes', '--')).toEqual(['--lang', '--color', '--no-color', '--help', '--version']);
    expect(bash('version', '')).toEqual(['--lang', '--color', '--no-color', '--help', '--version']);
  });

  it('offers the values after an option, by command', () => {
    expect(bash('--format', '')).toEqual(['text', 'json', 'github', 'sarif']);
    expect(bash('check', '--format', 'g')).toEqual(['github']);
    expect(bash('explain', '--format', '')).toEqual(['text', 'json']);
    expect(bash('--lang', '')).toEqual(['en', 'ja']);
    expect(bash('codes', '--lang', 'j')).toEqual(['ja']);
    expect(bash('--auth-scheme', '')).toEqual(['x-api-key', 'bearer']);
    expect(bash('--ignore', '')).toEqual(CODES);
    expect(bash('codes', '')).toEqual(expect.arrayContaining(CODES));
    expect(bash('help', '')).toEqual(
      expect.arrayContaining(['check', 'explain', 'codes', 'help', 'version', 'completion']),
    );
    expect(bash('completion', '')).toEqual(expect.arrayContaining(['bash', 'zsh', 'fish']));
    // Free text: nothing to offer (not the option list).
    for (const option of ['--model', '--base-url', '--timeout', '--docker-host', '--container'])
      expect(bash(option, '')).toEqual([]);
  });

  it('offers the options again after a flag (a flag takes no value)', () => {
    expect(bash('--offline', '--str')).toEqual(['--strict']);
    expect(bash('explain', '--color', '--fi')).toEqual(['--file']);
  });

  it('writes one case per line', () => {
    const lines = completionScript('bash', 'en', UI.en.cli).split('\n');
    expect(lines).toContain(
      '    "check --format") COMPREPLY=($(compgen -W "text json github sarif" -- "$cur")); return ;;',
    );
    expect(lines).toContain('    "explain --file") COMPREPLY=($(compgen -f -- "$cur")); return ;;');
    expect(lines).toContain('    "check --model") COMPREPLY=(); return ;;');
    expect(lines).toContain('    version) words="--lang --color --no-color --help --version" ;;');
    expect(lines[0]).toBe(
      '# claude-doctor completion for bash. Add to ~/.bashrc: eval "$(claude-doctor completion bash)"',
    );
  });

  it('offers file names where a path is expected', () => {
    writeFileSync(join(dir, 'prod.env'), '');
    for (const option of ['--env-file', '--config', '--settings', '--project'])
      expect(bash(option, 'prod.')).toEqual(['prod.env']);
    expect(bash('explain', '--file', 'prod.')).toEqual(['prod.env']);
  });
});

describe.skipIf(!has('fish'))('fish (installed here)', () => {
  it("offers options with their descriptions, values, and explain's own format", () => {
    expect(fish('claude-doctor --offl')).toEqual([
      '--offline\tno live probe (only offline checks; default false, or the config file)',
    ]);
    expect(fish('claude-doctor --no-col')).toEqual([expect.stringMatching(/^--no-color\t/)]);
    expect(fish('claude-doctor --auth-scheme ').map((l) => l.split('\t')[0])).toEqual(['bearer', 'x-api-key']);
    expect(fish('claude-doctor explain --format ').map((l) => l.split('\t')[0])).toEqual(['json', 'text']);
    expect(fish('claude-doctor explain --offl')).toEqual([]);
    expect(fish('claude-doctor check --offl').map((l) => l.split('\t')[0])).toEqual(['--offline']);
    // An option that takes free text: nothing to offer after it; a flag takes nothing, so the words go on.
    expect(fish('claude-doctor --model ')).toEqual([]);
    expect(fish('claude-doctor --offline ex').map((l) => l.split('\t')[0])).toEqual(['explain']);
    expect(fish('claude-doctor codes key/whitesp')).toEqual(['key/whitespace']);
    expect(fish('claude-doctor completion z')).toEqual(['zsh']);
    expect(fish('claude-doctor ver')).toEqual(['version\tprint the version']);
  });

  it('offers files only where a path is expected, and nothing for free text', () => {
    writeFileSync(join(dir, 'prod.env'), '');
    const inDir = (line: string) =>
      execFileSync('fish', ['-c', `cd ${dir}; source ${file('fish')}; complete -C "${line}"`], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
    expect(inDir('claude-doctor --env-file prod.')).toEqual(['prod.env']);
    expect(inDir('claude-doctor explain --file prod.')).toEqual(['prod.env']);
    expect(inDir('claude-doctor --model prod.')).toEqual([]);
    expect(inDir('claude-doctor explain prod.')).toEqual([]);
    expect(inDir('claude-doctor --offline --stri').map((l) => l.split('\t')[0])).toEqual(['--strict']);
    expect(completionScript('fish', 'en', UI.en.cli).split('\n')[0]).toBe(
      '# claude-doctor completion for fish. Save as ~/.config/fish/completions/claude-doctor.fish',
    );
  });

  it('speaks Japanese, quotes included', () => {
    expect(fish('claude-doctor ver', 'ja')).toEqual(['version\tバージョンを表示します']);
    expect(fish('claude-doctor --ign', 'ja')).toEqual([
      `--ignore\tコードを抑制します（複数指定可。設定ファイルのリストに追加されます）`,
    ]);
    expect(fish('claude-doctor explain --fil', 'ja')).toEqual([
      '--file\t読み込むログファイル（ストリーム処理のため大きさの制限なし）',
    ]);
    expect(fish('claude-doctor --ign')).toEqual([
      "--ignore\tsuppress a code (repeatable; added to the config file's list)",
    ]);
  });
});

describe('zsh', () => {
  it('has a case per option value, the words of each command, and the commands when none is typed', () => {
    const lines = completionScript('zsh', 'en', UI.en.cli).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '#compdef claude-doctor',
      '# claude-doctor completion for zsh. Add to ~/.zshrc, after compinit: source <(claude-doctor completion zsh)',
    ]);
    expect(lines).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: zsh's own ${…}, in the script as text
      '      (check|explain|status|codes|help|version|completion) cmd="${words[i]}"; seen=1; break ;;',
    );
    expect(lines).toContain('    ("check --format") compadd -- text json github sarif; return ;;');
    expect(lines).toContain('    ("explain --format") compadd -- text json; return ;;');
    expect(lines).toContain('    ("check --env-file") _files; return ;;');
    expect(lines).toContain('    ("check --base-url") return ;;');
    expect(lines).not.toContain('    ("check --offline") return ;;');
    expect(lines).toContain('    (version) compadd -- --lang --color --no-color --help --version ;;');
    expect(lines).toContain('    (completion) compadd -- --lang --color --no-color --help --version bash zsh fish ;;');
    expect(lines).toContain(
      '  if (( ! seen )); then compadd -- check explain status codes help version completion; fi',
    );
    expect(lines).toContain('compdef _claude_doctor claude-doctor');
  });
});

describe.skipIf(!has('zsh'))('zsh (installed here)', () => {
  it('reads the script and registers the function', () => {
    const out = execFileSync(
      'zsh',
      [
        '-c',
        `autoload -U compinit; compinit -u -d ${dir}/zcomp; source ${file('zsh')}; print -r -- $_comps[claude-doctor]`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(out.trim()).toBe('_claude_doctor');
  });
});
