// A hostile repository: its .git/config would run a program through core.fsmonitor, filter and
// diff drivers, hooks and every other command setting git has, and points includes and the
// excludes file at a device and a FIFO. The promise: checking it runs nothing, changes nothing
// (.git included, byte for byte and time for time), ends, and still finds the committed key.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiKey } from '../support/keys.js';
import { runJson } from '../support/fixture-case.js';
import { git, repo, sandbox, write } from '../support/git.js';

/** Every entry under `dir`: type, mode, size, modification and change times, and the bytes of files. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string, rel: string) => {
    const st = lstatSync(path);
    let what = `${st.mode.toString(8)} ${st.size} ${st.mtimeMs} ${st.ctimeMs}`;
    if (st.isFile()) what += ` ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    else if (st.isSymbolicLink()) what += ` -> ${readlinkSync(path)}`;
    out[rel || '.'] = what;
    if (st.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name), rel ? `${rel}/${name}` : name);
  };
  walk(dir, '');
  return out;
}

const COMMAND_SETTINGS = [
  'core.fsmonitor',
  'core.pager',
  'core.editor',
  'core.sshCommand',
  'core.askPass',
  'core.alternateRefsCommand',
  'filter.x.clean',
  'filter.x.smudge',
  'filter.x.process',
  'diff.x.textconv',
  'diff.external',
  'merge.x.driver',
  'credential.helper=!',
  'gpg.program',
  'sequence.editor',
  'pager.status',
  'uploadpack.packObjectsHook',
];
const HOOKS = [
  'pre-commit',
  'post-checkout',
  'post-index-change',
  'reference-transaction',
  'pre-auto-gc',
  'fsmonitor-watchman',
  'post-merge',
];

/**
 * A repository with a committed .env (and sub/.env), an untracked config.toml holding the same key
 * at both levels, and a configuration that runs a marker-writing program from every setting that
 * names a command. `fakeGit` puts a git first on PATH that only leaves a mark.
 */
function hostileRepository(fakeGit: boolean) {
  const box = sandbox();
  const dir = repo(box);
  const key = apiKey(7);
  const toml = `[llm]\napi_key = "${key}"\nmodel = "anthropic/claude-sonnet-4-6"\n`;
  const dotenv = `ANTHROPIC_API_KEY=${key}\n`;
  write(dir, { '.env': dotenv, 'sub/.env': dotenv, 'config.toml': toml, 'sub/config.toml': toml });
  for (const file of ['.env', 'sub/.env', 'config.toml', 'sub/config.toml']) chmodSync(join(dir, file), 0o600);
  git(box, dir, 'add', '.env', 'sub/.env');
  git(box, dir, 'commit', '-qm', 'a committed key');
  const marker = join(box.root, 'MARKER');
  // The program a hostile configuration runs: it leaves a mark, and passes data through as a filter would.
  const program = join(dir, '.git', 'run.sh');
  writeFileSync(program, `#!/bin/sh\necho "ran: $0 $*" >> '${marker}'\ncat 2>/dev/null\nexit 0\n`);
  chmodSync(program, 0o755);
  for (const hook of HOOKS) writeFileSync(join(dir, '.git/hooks', hook), readFileSync(program), { mode: 0o755 });
  const settings = COMMAND_SETTINGS.map((setting) => {
    const [name, prefix = ''] = setting.split('=');
    const parts = name!.split('.');
    const header = parts.length === 3 ? `[${parts[0]} "${parts[1]}"]` : `[${parts[0]}]`;
    return `${header}\n\t${parts.at(-1)} = ${prefix}${program}\n`;
  });
  // Half of it in the repository's config, half in a file it includes.
  const own = `${settings.slice(0, 8).join('')}[filter "x"]\n\trequired = true\n[include]\n\tpath = more.inc\n`;
  appendFileSync(join(dir, '.git/config'), own);
  writeFileSync(join(dir, '.git/more.inc'), settings.slice(8).join(''));
  write(dir, { '.gitattributes': '.env filter=x diff=x merge=x\n*.env filter=x\n*.toml filter=x\n' });
  // Reads that must neither hang nor fill memory: the excludes file is a FIFO, info/exclude is /dev/zero.
  const fifo = join(dir, '.git', 'fifo');
  execFileSync('mkfifo', [fifo]);
  appendFileSync(join(dir, '.git/config'), `[core]\n\texcludesFile = ${fifo}\n`);
  rmSync(join(dir, '.git/info/exclude'), { force: true });
  symlinkSync('/dev/zero', join(dir, '.git/info/exclude'));
  write(box.root, { 'bin/git': `#!/bin/sh\necho "git $*" >> '${marker}'\nexit 1\n` });
  chmodSync(join(box.root, 'bin/git'), 0o755);
  const env = { PATH: `${fakeGit ? `${join(box.root, 'bin')}:` : ''}${process.env.PATH ?? ''}`, HOME: box.home };
  return { box, dir, marker, key, env };
}

describe('a hostile git repository', () => {
  it('is armed: git itself, run there, runs the program', () => {
    const { dir, marker, env } = hostileRepository(false);
    // git stops on the filter, or blocks on the FIFO until the timeout, after running the program.
    spawnSync('git', ['status', '--porcelain', '--ignored'], { cwd: dir, env, stdio: 'ignore', timeout: 5000 });
    expect(readFileSync(marker, 'utf8')).toMatch(/^ran: /m);
  });

  const variants = [
    { where: 'the top of the repository', fakeGit: false },
    { where: 'a subdirectory, with a git on PATH that only leaves a mark', fakeGit: true },
  ];
  for (const { where, fakeGit } of variants) {
    it(`check from ${where}: nothing runs, nothing changes, the committed key is still reported`, async () => {
      const { box, dir, marker, key, env } = hostileRepository(fakeGit);
      const cwd = fakeGit ? join(dir, 'sub') : dir;
      // The repository, .git included, and the home folder beside it.
      const before = snapshot(box.root);
      const start = Date.now();
      const { json, stdout, stderr } = await runJson(['check', '--offline', '--no-docker'], cwd, env);
      expect(Date.now() - start).toBeLessThan(10_000);
      expect(existsSync(marker) ? readFileSync(marker, 'utf8') : 'nothing ran').toBe('nothing ran');
      expect(snapshot(box.root)).toEqual(before);
      // The committed .env is found tracked; the untracked config.toml cannot be placed (the excludes
      // file is a FIFO), so it gets no hygiene finding rather than a wrong one.
      const hygiene = json.findings.filter((f) => f.code.startsWith('hygiene/')).map((f) => [f.code, f.location?.path]);
      expect(hygiene).toEqual([['hygiene/key-committed', '.env']]);
      expect(json.profiles.map((p) => p.sources.apiKey?.path).sort()).toEqual(['.env', 'config.toml']);
      expect(stdout + stderr).not.toContain(key);
    });
  }
});
