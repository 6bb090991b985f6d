// Generated ignore rules (nested .gitignore files, info/exclude, the global excludes file; globs,
// negations, anchors, directory patterns, names with glob characters) and generated trees: our
// answer for every file must be git's. A fixed seed, so that a failure shows the same case again.
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitStatusAll, ourAnswer, sandbox, write } from '../support/git.js';

const DIRS = ['a', 'b', 'c d', 'é', '[x]', '#h', '!n', 'x', 'k.env'];
const FILES = ['.env', 'x.env', 'k.txt', 'é.env', '#f', '!g', 'f', 'a.env', 'x'];
const GLOBS = ['*', '*.env', '?', '[a-c]', '[!a]*', '**', 'x*', '*.txt', '.*', '\\#f', '\\!g', 'é*'];

const path = fc
  .tuple(fc.array(fc.constantFrom(...DIRS), { maxLength: 2 }), fc.constantFrom(...FILES))
  .map(([d, f]) => [...d, f].join('/'));
// What `git status --ignored --porcelain` prints for an untracked file.
const STATUS_WORDS: Record<string, string> = { '!!': 'ignored', '??': 'untracked' };

const pattern = fc
  .record({
    negate: fc.boolean(),
    lead: fc.boolean(),
    trail: fc.boolean(),
    space: fc.constantFrom('', '', ' ', '\\ '),
    pieces: fc.array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...DIRS), weight: 2 },
        { arbitrary: fc.constantFrom(...FILES), weight: 2 },
        { arbitrary: fc.constantFrom(...GLOBS), weight: 6 },
      ),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map((p) => `${p.negate ? '!' : ''}${p.lead ? '/' : ''}${p.pieces.join('/')}${p.trail ? '/' : ''}${p.space}`);
const rules = fc.array(pattern, { maxLength: 8 });

const scenario = fc.record({
  files: fc.uniqueArray(path, { minLength: 1, maxLength: 10 }),
  root: rules,
  nested: fc.array(fc.tuple(fc.nat(), rules), { maxLength: 3 }),
  exclude: rules,
  global: rules,
  tracked: fc.array(fc.nat(4), { minLength: 10, maxLength: 10 }),
});

describe('ignore rules, compared with git', () => {
  it("gives git's answer for every file of generated trees and rules", () => {
    const box = sandbox();
    let run = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const dir = join(box.root, `r${run++}`);
        execFileSync('git', ['init', '-q', dir], { env: box.env });
        // A name cannot be both a file and a directory.
        const dirs = new Set(
          s.files.flatMap((f) =>
            f
              .split('/')
              .slice(0, -1)
              .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
          ),
        );
        const files = s.files.filter((f) => !dirs.has(f));
        const nested = Object.fromEntries(
          s.nested.flatMap(([n, lines]) =>
            dirs.size ? [[`${[...dirs][n % dirs.size]}/.gitignore`, lines.join('\n')]] : [],
          ),
        );
        const rules = { '.gitignore': s.root.join('\n'), ...nested, '.git/info/exclude': s.exclude.join('\n') };
        write(dir, { ...Object.fromEntries(files.map((f) => [f, 'x'])), ...rules });
        write(box.home, { '.config/git/ignore': s.global.join('\n') });
        const tracked = files.filter((_, i) => s.tracked[i] === 0);
        if (tracked.length) git(box, dir, '--literal-pathspecs', 'add', '-f', '--', ...tracked);
        const listed = new Set(git(box, dir, 'ls-files', '-z').split('\0'));
        const status = gitStatusAll(box, dir);
        const gits = (f: string) => (listed.has(f) ? 'tracked' : (STATUS_WORDS[status.get(f) ?? ''] ?? '?'));
        const differ = files.filter((f) => ourAnswer(box, join(dir, f)) !== gits(f));
        expect(differ.map((f) => `${f}: ours ${ourAnswer(box, join(dir, f))}, git ${gits(f)}`)).toEqual([]);
      }),
      { seed: 20261123, numRuns: 80 },
    );
  }, 120_000); // ~5 s alone; a machine busy with other tests may take much longer
});
