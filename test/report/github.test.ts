// report/github.ts on a small Report built here: masks first, annotations within GitHub's limits with
// escaped properties, the text report inside a stop-commands block.
import { beforeEach, describe, expect, it } from 'vitest';
import { ANNOTATION_LIMIT, escapeProperty, githubReport } from '../../src/report/github.js';
import { apiKey } from '../support/keys.js';
import { committedKey, envInfo, readableKeyFile, sampleReport } from '../support/report.js';

const render = (findings: Parameters<typeof sampleReport>[0], text = 'the text report') =>
  githubReport(sampleReport(findings), { lang: 'en', text, masks: true }).split('\n');
const commands = (lines: string[], kind: string) => lines.filter((l) => l.startsWith(`::${kind} `));
const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
const MORE = /^::notice title=claude-doctor::(\d+) more findings are not shown/;

describe('githubReport annotations', () => {
  it.each([
    // errors, warnings, infos -> shown of each, and how many the "more" notice counts
    [3, 2, 1, { shown: [3, 2, 1], hidden: 0 }],
    [10, 10, 10, { shown: [10, 10, 10], hidden: 0 }],
    [11, 10, 0, { shown: [10, 10, 0], hidden: 1 }],
    [12, 13, 0, { shown: [10, 10, 0], hidden: 5 }],
    [0, 0, 14, { shown: [0, 0, 10], hidden: 4 }],
  ])('%i errors, %i warnings, %i infos', (errors, warnings, infos, { shown, hidden }) => {
    const lines = render([
      ...many(errors, (i) => committedKey(`e${i}.env`)),
      ...many(warnings, (i) => readableKeyFile(`w${i}.env`)),
      ...many(infos, () => envInfo()),
    ]);
    const notices = commands(lines, 'notice').filter((l) => !MORE.test(l));
    expect([commands(lines, 'error').length, commands(lines, 'warning').length, notices.length]).toEqual(shown);
    const more = lines.filter((l) => MORE.test(l));
    expect(more.map((l) => Number(MORE.exec(l)![1]))).toEqual(hidden ? [hidden] : []);
    if (hidden) expect(more[0]).toContain(`at most ${ANNOTATION_LIMIT} of each kind`);
  });

  it('names the file, line and column, and the code and title', () => {
    const [line] = commands(render([committedKey('app/.env', 7)]), 'error');
    expect(line).toMatch(/^::error file=app\/\.env,line=7,col=13,title=hygiene\/key-committed%3A [^,:]+::\S/);
  });

  // Survivor of #10: a `,` or `:` in a file name ended the file= property and forged the next one.
  it.each([
    ['a comma', 'a,line=1,title=x.env', 'a%2Cline=1%2Ctitle=x.env'],
    ['a colon', 'c:d.env', 'c%3Ad.env'],
    ['a command after ::', 'x::warning::pwned.env', 'x%3A%3Awarning%3A%3Apwned.env'],
    ['a percent sign', '100%.env', '100%25.env'],
  ])('escapes %s in the file= property', (_, path, escaped) => {
    const [line] = commands(render([committedKey(path, 2)]), 'error');
    expect(line!.startsWith(`::error file=${escaped},line=2,col=13,title=`)).toBe(true);
    // Read as the runner does: properties up to the next `::`, split on `,`, then unescaped.
    const props = line!
      .slice('::error '.length, line!.indexOf('::', 2))
      .split(',')
      .map((p) => p.split('=')[0]);
    expect(props).toEqual(['file', 'line', 'col', 'title']);
    expect(escapeProperty(path)).toBe(escaped);
  });

  it('has no file= for a finding outside a file', () => {
    const [line] = commands(render([envInfo()]), 'notice');
    expect(line).toMatch(/^::notice title=key\/unknown-format%3A /);
  });
});

describe('githubReport layout', () => {
  // Made for each test, not once: a mutant is run against the tests that reached it.
  let lines: string[];
  beforeEach(() => {
    lines = render([committedKey('.env')], '::error::from the report\n::endgroup::');
  });

  it('masks the keys of the report before anything else', () => {
    expect(lines[0]).toBe(`::add-mask::${apiKey(9)}`);
    expect(lines.findIndex((l) => !l.startsWith('::add-mask::'))).toBeGreaterThan(0);
  });

  it('puts the text report in a group, inside a stop-commands block with a fresh token', () => {
    const start = lines.indexOf('::group::claude-doctor report');
    const [, token] = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[start + 1]!)!;
    const rest = ['::error::from the report', '::endgroup::', `::${token}::`, '::endgroup::', ''];
    expect(lines.slice(start + 2)).toEqual(rest);
    const again = render([committedKey('.env')], 'x');
    expect(again.find((l) => l.startsWith('::stop-commands::'))).not.toBe(lines[start + 1]);
  });
});
