// Tracked, ignored or untracked without running git, compared with what `git status` says about
// the same file in real repositories built here with the git CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitLookup, gitState, gitStates } from '../../src/sources/file-facts.js';
import { git, gitSays, ourAnswer, repo, sandbox, write, type Sandbox } from '../support/git.js';

/** Each file's answer from us and from git, side by side. */
function both(box: Sandbox, dir: string, files: string[]) {
  return Object.fromEntries(
    files.map((f) => [f, { ours: ourAnswer(box, join(dir, f)), git: gitSays(box, join(dir, f)) }]),
  );
}

const same = (answers: Record<string, { ours: string; git: string }>) =>
  Object.fromEntries(
    Object.entries(answers).map(([f, a]) => [f, a.ours === a.git ? a.ours : `ours ${a.ours}, git ${a.git}`]),
  );

describe('git state of a file, read without git', () => {
  it('outside any repository: no-repo', () => {
    const box = sandbox();
    write(box.root, { 'plain/.env': 'K=v\n' });
    expect(ourAnswer(box, join(box.root, 'plain/.env'))).toBe('no-repo');
  });

  it('tracked, untracked, ignored by nested rules, negations, directory patterns; tracked wins over ignored', () => {
    const box = sandbox();
    const dir = repo(box);
    write(dir, {
      '.gitignore': '*.env\n!keep.env\nsecrets/\nlogs/*\n!logs/keep/\n/rooted.txt\n',
      'app/.gitignore': 'local.*\n!local.keep\n/only-here\n',
      'app/deep/.gitignore': '!*.env\n',
      'tracked.env': 'K=v\n',
      'forced.env': 'K=v\n',
      'keep.env': 'K=v\n',
      'other.txt': 'x',
      'secrets/.env': 'K=v\n',
      'secrets/sub/x': 'x',
      'logs/a.log': 'x',
      'logs/keep/b.log': 'x',
      'rooted.txt': 'x',
      'app/rooted.txt': 'x',
      'app/local.env': 'x',
      'app/local.keep': 'x',
      'app/only-here': 'x',
      'app/x/only-here': 'x',
      'app/deep/z.env': 'x',
      'app/deep/local.cfg': 'x',
    });
    git(box, dir, 'add', '.gitignore', 'other.txt');
    git(box, dir, 'add', '-f', 'tracked.env', 'forced.env');
    git(box, dir, 'commit', '-qm', 'init');
    const files = [
      'tracked.env',
      'forced.env',
      'keep.env',
      'other.txt',
      'secrets/.env',
      'secrets/sub/x',
      'logs/a.log',
      'logs/keep/b.log',
      'rooted.txt',
      'app/rooted.txt',
      'app/local.env',
      'app/local.keep',
      'app/only-here',
      'app/x/only-here',
      'app/deep/z.env',
      'app/deep/local.cfg',
    ];
    const answers = both(box, dir, files);
    expect(same(answers)).toEqual({
      'tracked.env': 'tracked',
      'forced.env': 'tracked',
      'keep.env': 'untracked',
      'other.txt': 'tracked',
      'secrets/.env': 'ignored',
      'secrets/sub/x': 'ignored',
      'logs/a.log': 'ignored',
      'logs/keep/b.log': 'untracked',
      'rooted.txt': 'ignored',
      'app/rooted.txt': 'untracked',
      'app/local.env': 'ignored',
      'app/local.keep': 'untracked',
      'app/only-here': 'ignored',
      'app/x/only-here': 'untracked',
      'app/deep/z.env': 'untracked',
      'app/deep/local.cfg': 'ignored',
    });
  });

  it('info/exclude, the default global excludes file, core.excludesFile with ~, XDG_CONFIG_HOME and GIT_CONFIG_GLOBAL', () => {
    const plain = sandbox();
    const dir = repo(plain);
    write(dir, { 'a.env': 'x', 'b.env': 'x', 'c.env': 'x' });
    write(plain.root, { 'repo/.git/info/exclude': 'a.env\n', 'home/.config/git/ignore': 'b.env\n' });
    expect(same(both(plain, dir, ['a.env', 'b.env', 'c.env']))).toEqual({
      'a.env': 'ignored',
      'b.env': 'ignored',
      'c.env': 'untracked',
    });

    // core.excludesFile replaces the default file; ~ is the home folder.
    write(plain.root, {
      'home/.gitconfig': '[core]\n\texcludesFile = "~/my ignores"  ; a comment\n',
      'home/my ignores': 'c.env\n',
    });
    expect(same(both(plain, dir, ['b.env', 'c.env']))).toEqual({ 'b.env': 'untracked', 'c.env': 'ignored' });

    const xdg = sandbox();
    const xdir = repo(xdg);
    xdg.env.XDG_CONFIG_HOME = join(xdg.root, 'xdg');
    write(xdg.root, { 'repo/d.env': 'x', 'repo/e.env': 'x', 'xdg/git/ignore': 'd.env\n' });
    write(xdg.root, { 'xdg/git/config': '[include]\n\tpath = more\n', 'xdg/git/more': '' });
    expect(same(both(xdg, xdir, ['d.env', 'e.env']))).toEqual({ 'd.env': 'ignored', 'e.env': 'untracked' });
    // An included file is read where the include stands.
    // A relative excludesFile is relative to the top of the work tree, not to the file that names it.
    writeFileSync(join(xdg.root, 'xdg/git/more'), '[core]\nexcludesfile = ../elsewhere\n');
    write(xdg.root, { elsewhere: 'e.env\n' });
    expect(same(both(xdg, xdir, ['d.env', 'e.env']))).toEqual({ 'd.env': 'untracked', 'e.env': 'ignored' });

    const global = sandbox();
    const gdir = repo(global);
    global.env.GIT_CONFIG_GLOBAL = join(global.root, 'gc');
    write(global.root, {
      'repo/f.env': 'x',
      gc: `[core]\n  excludesFile = ${join(global.root, 'gi')}\n`,
      gi: 'f.env\n',
    });
    write(global.root, { 'home/.gitconfig': '[core]\nexcludesFile=/nowhere\n' }); // not read: GIT_CONFIG_GLOBAL wins
    expect(same(both(global, gdir, ['f.env']))).toEqual({ 'f.env': 'ignored' });
  });

  it('paths with non-ASCII characters and spaces, and core.ignoreCase', () => {
    const box = sandbox();
    const dir = repo(box);
    write(dir, {
      '.gitignore': 'clé*.env\n',
      'données/clé 1.env': 'x',
      'données/ключ.env': 'x',
      'données/鍵.env': 'x',
    });
    write(dir, { 'Upper.ENV': 'x' });
    git(box, dir, 'add', '.gitignore', 'données/ключ.env');
    const files = ['données/clé 1.env', 'données/ключ.env', 'données/鍵.env'];
    expect(same(both(box, dir, files))).toEqual({
      'données/clé 1.env': 'ignored',
      'données/ключ.env': 'tracked',
      'données/鍵.env': 'untracked',
    });
    writeFileSync(join(dir, '.gitignore'), 'upper.env\n');
    expect(same(both(box, dir, ['Upper.ENV']))).toEqual({ 'Upper.ENV': 'untracked' });
    git(box, dir, 'config', 'core.ignoreCase', 'true');
    expect(same(both(box, dir, ['Upper.ENV']))).toEqual({ 'Upper.ENV': 'ignored' });
  });

  it('a linked worktree: its own index, the shared info/exclude', () => {
    const box = sandbox();
    const dir = repo(box);
    write(dir, { 'a.env': 'x', '.gitignore': 'b.env\n' });
    git(box, dir, 'add', 'a.env', '.gitignore');
    git(box, dir, 'commit', '-qm', 'init');
    write(dir, { '.git/info/exclude': 'c.env\n' });
    git(box, dir, 'worktree', 'add', '-q', join(box.root, 'wt'));
    const wt = join(box.root, 'wt');
    write(wt, { 'b.env': 'x', 'c.env': 'x', 'd.env': 'x', 'sub/e.env': 'x' });
    git(box, wt, 'add', 'd.env');
    expect(same(both(box, wt, ['a.env', 'b.env', 'c.env', 'd.env', 'sub/e.env']))).toEqual({
      'a.env': 'tracked',
      'b.env': 'ignored',
      'c.env': 'ignored',
      'd.env': 'tracked',
      'sub/e.env': 'untracked',
    });
    // d.env is added in the worktree's index only.
    write(dir, { 'd.env': 'x' });
    expect(same(both(box, dir, ['d.env']))).toEqual({ 'd.env': 'untracked' });
  });

  it('a submodule (a .git file and core.worktree) and a plain .git file pointing elsewhere', () => {
    const box = sandbox();
    const origin = repo(box, 'origin');
    write(origin, { 'in-sub.env': 'x', '.gitignore': 'ign.env\n' });
    git(box, origin, 'add', '.');
    git(box, origin, 'commit', '-qm', 'sub');
    const dir = repo(box);
    git(box, dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', origin, 'mod');
    write(dir, { 'mod/ign.env': 'x', 'mod/new.env': 'x' });
    expect(same(both(box, dir, ['mod/in-sub.env', 'mod/ign.env', 'mod/new.env']))).toEqual({
      'mod/in-sub.env': 'tracked',
      'mod/ign.env': 'ignored',
      'mod/new.env': 'untracked',
    });

    const moved = repo(box, 'moved');
    write(moved, { 't.env': 'x', 'u.env': 'x' });
    git(box, moved, 'add', 't.env');
    renameSync(join(moved, '.git'), join(box.root, 'moved-gitdir'));
    writeFileSync(join(moved, '.git'), 'gitdir: ../moved-gitdir\n');
    expect(same(both(box, moved, ['t.env', 'u.env']))).toEqual({ 't.env': 'tracked', 'u.env': 'untracked' });
  });

  it('index versions 2, 3 (extended flags) and 4 (compressed paths), a SHA-256 repository, no index yet', () => {
    const box = sandbox();
    const dir = repo(box);
    const names = Array.from({ length: 30 }, (_, i) => `dir${i % 3}/sub/file-${i}.env`);
    write(dir, Object.fromEntries([...names, 'later.env', 'skip.env'].map((n) => [n, 'x'])));
    git(box, dir, 'add', ...names.slice(0, 20), 'skip.env');
    git(box, dir, 'commit', '-qm', 'init');
    for (const version of ['2', '3', '4']) {
      git(box, dir, 'update-index', '--index-version', version);
      if (version === '3') {
        git(box, dir, 'add', '-N', 'later.env'); // intent to add: an extended flag
        git(box, dir, 'update-index', '--skip-worktree', 'skip.env');
      }
      const answers = both(box, dir, [...names, 'skip.env']);
      expect(Object.values(answers).filter((a) => a.ours !== a.git)).toEqual([]);
      expect(Object.values(answers).filter((a) => a.ours === 'tracked')).toHaveLength(21);
    }
    expect(ourAnswer(box, join(dir, 'later.env'))).toBe('tracked');

    const sha256 = repo(box, 'sha256', '--object-format=sha256');
    write(sha256, { 'a.env': 'x', 'b.env': 'x' });
    expect(same(both(box, sha256, ['a.env']))).toEqual({ 'a.env': 'untracked' }); // no index file yet
    git(box, sha256, 'add', 'a.env');
    expect(same(both(box, sha256, ['a.env', 'b.env']))).toEqual({ 'a.env': 'tracked', 'b.env': 'untracked' });
  });

  it('a .gitignore that is a symbolic link is not followed, as in git', () => {
    const box = sandbox();
    const dir = repo(box);
    write(box.root, { rules: 'a.env\n' });
    write(dir, { 'a.env': 'x', 'sub/a.env': 'x' });
    symlinkSync(join(box.root, 'rules'), join(dir, '.gitignore'));
    symlinkSync(join(box.root, 'rules'), join(dir, 'sub/.gitignore'));
    expect(same(both(box, dir, ['a.env', 'sub/a.env']))).toEqual({ 'a.env': 'untracked', 'sub/a.env': 'untracked' });
  });

  it('unknown, never a crash or a hang, where the repository cannot be read; git agrees or fails too', () => {
    const box = sandbox();
    const cases: Record<string, (dir: string) => void> = {
      truncated: (dir) => {
        const index = join(dir, '.git/index');
        const bytes = readFileSync(index);
        writeFileSync(index, bytes.subarray(0, bytes.length - 30));
      },
      garbage: (dir) =>
        writeFileSync(join(dir, '.git/index'), 'DIRC\0\0\0\x02\xff\xff\xff\xff garbage that is not an index'),
      'index is a directory': (dir) => {
        rmSync(join(dir, '.git/index'));
        mkdirSync(join(dir, '.git/index'));
      },
      'index is a FIFO': (dir) => {
        rmSync(join(dir, '.git/index'));
        execFileSync('mkfifo', [join(dir, '.git/index')]);
      },
      'broken .git file': (dir) => {
        rmSync(join(dir, '.git'), { recursive: true });
        writeFileSync(join(dir, '.git'), 'not a gitdir line\n');
      },
      'core.bare': (dir) => git(box, dir, 'config', 'core.bare', 'true'),
      'unknown format': (dir) => git(box, dir, 'config', 'core.repositoryformatversion', '7'),
      'unreadable .gitignore (a directory)': (dir) => mkdirSync(join(dir, '.gitignore')),
    };
    for (const [name, breakIt] of Object.entries(cases)) {
      const dir = repo(box, name.replace(/\W+/g, '-'));
      write(dir, { 'a.env': 'x', 'b.env': 'x' });
      git(box, dir, 'add', 'a.env');
      breakIt(dir);
      const file = name.includes('gitignore') ? 'b.env' : 'a.env';
      expect({ name, ours: ourAnswer(box, join(dir, file)) }).toEqual({ name, ours: 'unknown' });
      // git reads a truncated index its own way (and then rewrites it); the others stop it too.
      if (!/truncated|FIFO|gitignore/.test(name))
        expect({ name, git: gitSays(box, join(dir, file)) }).toEqual({ name, git: 'unknown' });
    }
    // A file inside a bare repository or inside .git has no work tree.
    const bare = repo(box, 'bare.git', '--bare');
    write(bare, { '.env': 'x' });
    expect(ourAnswer(box, join(bare, '.env'))).toBe('unknown');
    const dir = repo(box, 'inside');
    write(dir, { '.git/.env': 'x' });
    expect(ourAnswer(box, join(dir, '.git/.env'))).toBe('unknown');
  });

  it('one lookup for a whole run answers as a fresh one per file does, whatever the order (folders are remembered)', () => {
    const box = sandbox();
    const outer = repo(box, 'outer');
    const inner = repo(box, 'outer/sub/inner');
    write(outer, { '.gitignore': '*.env\n', 'a/b/.env': 'x', 'a/c.txt': 'x', 'sub/d.env': 'x' });
    write(inner, { 'deep/e.env': 'x', 'f.txt': 'x' });
    write(box.root, { 'plain/x/.env': 'x' });
    git(box, outer, 'add', '.gitignore', 'a/c.txt');
    const files = ['outer/a/b/.env', 'outer/sub/inner/deep/e.env', 'outer/a/c.txt', 'plain/x/.env', 'outer/sub/d.env']
      .concat(['outer/sub/inner/f.txt', 'outer/a/b/.env', 'plain/x/.env'])
      .map((f) => join(box.root, f));
    const fresh = files.map((f) => ourAnswer(box, f));
    expect(fresh).toEqual(['ignored', 'untracked', 'tracked', 'no-repo', 'ignored', 'untracked', 'ignored', 'no-repo']);
    for (const order of [files, [...files].reverse()]) {
      const lookup = gitLookup(box.home, box.env);
      const shared = order.map((f) => gitState(f, lookup));
      expect(order === files ? shared : shared.reverse()).toEqual(fresh);
      // All at once: each repository's index read once for all of its files.
      const batch = gitStates(order, gitLookup(box.home, box.env));
      expect(order === files ? batch : batch.reverse()).toEqual(fresh);
    }
  });
});
