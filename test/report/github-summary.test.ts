// The pieces of --format github that the layout tests do not reach: the escapes of the workflow-command
// syntax, which values are masked, and the job summary (tables of profiles and probes, one block per
// finding, and the size limit GitHub puts on it).
import { describe, expect, it } from 'vitest';
import { clientName } from '../../src/catalog/words.js';
import { finding } from '../../src/findings.js';
import {
  escapeData,
  escapeProperty,
  githubReport,
  inertBlock,
  masksFor,
  stepSummary,
  SUMMARY_LIMIT,
} from '../../src/report/github.js';
import { renderFinding } from '../../src/report/render.js';
import type { Report } from '../../src/doctor.js';
import { redact } from '../../src/secrets.js';
import { apiKey } from '../support/keys.js';
import { committedKey, envInfo, missingKey, okProbe, readableKeyFile, sampleReport } from '../support/report.js';
import { envSetting, fileSetting } from '../support/settings.js';

describe('escapes', () => {
  it('escapes %, CR and LF in data, and also : and , in a property', () => {
    expect(escapeData('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab:c,d');
    expect(escapeProperty('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab%3Ac%2Cd');
    expect(escapeData('%0A')).toBe('%250A');
  });
});

describe('masksFor', () => {
  it('masks a credential as it is and trimmed', () => {
    const key = apiKey(2);
    expect(masksFor([envSetting('ANTHROPIC_API_KEY', ` ${key} `)])).toEqual([` ${key} `, key]);
    expect(masksFor([envSetting('ANTHROPIC_AUTH_TOKEN', key, 'auth_token')])).toEqual([key]);
  });

  it('masks secrets of eight characters and more only', () => {
    expect(masksFor([envSetting('ANTHROPIC_API_KEY', '1234567')])).toEqual([]);
    expect(masksFor([envSetting('ANTHROPIC_API_KEY', ' 1234567 ')])).toEqual([]);
    expect(masksFor([envSetting('ANTHROPIC_API_KEY', '12345678')])).toEqual(['12345678']);
  });

  it('masks nothing of a model or URL that holds no key', () => {
    expect(masksFor([envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model')])).toEqual([]);
  });

  it('masks the same key once', () => {
    const key = apiKey(3);
    expect(masksFor([envSetting('ANTHROPIC_API_KEY', key), fileSetting('LLM_API_KEY', key)])).toEqual([key]);
  });
});

describe('inertBlock', () => {
  it('trims the end and escapes every control but the line breaks', () => {
    const [start, body, end] = inertBlock('a\x1b[2J\nb\n\n');
    const token = start!.replace('::stop-commands::', '');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(body).toBe('a\\x1b[2J\nb');
    expect(end).toBe(`::${token}::`);
  });
});

describe('githubReport notice of hidden annotations', () => {
  it('counts the hidden findings in one escaped line', () => {
    const out = githubReport(sampleReport(Array.from({ length: 12 }, (_, i) => committedKey(`e${i}.env`))), {
      lang: 'en',
      text: '',
      masks: true,
    });
    expect(out).toContain(
      '::notice title=claude-doctor::2 more findings are not shown as annotations (GitHub keeps at most 10 of each kind per step); see the log below and the job summary.\n',
    );
  });

  it('leaves out line= and col= when the place has none', () => {
    const f = { ...readableKeyFile('.env'), location: { kind: 'file' as const, path: 'a.env' } };
    const out = githubReport(sampleReport([f]), { lang: 'en', text: '', masks: true });
    expect(out).toMatch(/\n::warning file=a\.env,title=hygiene\/world-readable%3A /);
  });
});

/** As a table cell shows a text: Markdown punctuation escaped. */
const cell = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, '\\$&');

const summaryOf = (report: Report, lang: 'en' | 'ja' = 'en') =>
  stepSummary(
    report,
    report.findings.map((f) => renderFinding(f, lang)),
    lang,
  );

describe('stepSummary', () => {
  it('heads with the counts, then a row per profile', () => {
    const report = sampleReport([missingKey(), readableKeyFile('.env'), envInfo()]);
    const lines = summaryOf(report).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '## claude-doctor: 1 error(s), 1 warning(s), 1 info',
      '',
      '| profile | client | key | model | base URL |',
      '| --- | --- | --- | --- | --- |',
    ]);
    expect(lines.slice(4, 6)).toEqual([
      `| p1 | ${cell(clientName('anthropic-sdk', 'en'))} | ${cell(redact(apiKey(9)))} | — | https\\:\\/\\/api\\.anthropic\\.com |`,
      `| p2 | ${cell(clientName('openhands-headless', 'en'))} | ${cell(redact(apiKey(9)))} | anthropic\\/claude\\-sonnet\\-4\\-6 | https\\:\\/\\/api\\.anthropic\\.com |`,
    ]);
    expect(lines[6]).toBe('');
  });

  it('shows a label, an auth token, a base URL, and keeps a cell on one line', () => {
    const token = envSetting('ANTHROPIC_AUTH_TOKEN', apiKey(4), 'auth_token');
    const url = envSetting('ANTHROPIC_BASE_URL', 'https://gw.example', 'base_url');
    const report: Report = {
      ...sampleReport([]),
      profiles: [{ id: 'p1', client: 'anthropic-sdk', label: 'a|b\nc', authToken: token, baseUrl: url, ignored: [] }],
    };
    const row = summaryOf(report).split('\n')[4]!;
    expect(row).toBe(
      `| p1 a\\|b\\\\nc | ${cell(clientName('anthropic-sdk', 'en'))} | ${cell(redact(apiKey(4)))} | — | https\\:\\/\\/gw\\.example |`,
    );
  });

  it('adds a table of probes only when there were probes', () => {
    expect(summaryOf(sampleReport([]))).not.toContain('| probe |');
    const noStatus = { ...okProbe('p2'), status: undefined, requestId: undefined, code: 'net/refused' as const };
    const out = summaryOf({ ...sampleReport([]), probes: [okProbe(), noStatus] });
    expect(out).toContain(
      '\n\n| probe | status | request id | latency | code |\n| --- | --- | --- | --- | --- |\n' +
        '| p1 https\\:\\/\\/api\\.anthropic\\.com | 200 | req\\_011 | 42 ms | `api/ok` |\n' +
        '| p2 https\\:\\/\\/api\\.anthropic\\.com | — | — | 42 ms | `net/refused` |\n\n',
    );
  });

  it('gives each finding a details block with its icon, words, place and numbered steps', () => {
    const out = summaryOf(sampleReport([committedKey('.env', 3), readableKeyFile('.env'), envInfo()]));
    const blocks = out.split('<details>').slice(1);
    expect(blocks.map((b) => /<summary>(\S+) <code>([^<]+)<\/code>/.exec(b)!.slice(1))).toEqual([
      ['❌', 'hygiene/key-committed'],
      ['⚠️', 'hygiene/world-readable'],
      ['ℹ️', 'key/unknown-format'],
    ]);
    expect(blocks[1]).toBe(
      '<summary>⚠️ <code>hygiene/world-readable</code> A file with a key is readable by other users</summary>\n\n' +
        '\\.env holds a key and has mode 644\\: other users can read it\\.\n' +
        '\nAt \\.env.\n\n' +
        '1. \\`chmod 600 \\.env\\`\n\n</details>\n',
    );
    expect(blocks[2]).toContain('\nAt environment variable ANTHROPIC\\_BASE\\_URL.\n');
  });

  it('keeps the line breaks of a message as <br>', () => {
    const f = finding('openhands/config-parse-error', {
      path: 'config.toml',
      line: 4,
      column: 1,
      detail: 'bad',
      frame: '4: x\n   ^',
    });
    expect(summaryOf(sampleReport([f]))).toContain('bad<br>\n4\\: x<br>\n   \\^\n');
  });

  it('has no "At" line for a finding with no place', () => {
    const out = summaryOf(sampleReport([missingKey()]));
    expect(out).not.toContain('\nAt ');
  });

  it('stops before GitHub would drop the summary, and says how many were left out', () => {
    const long = 'x'.repeat(100 * 1024);
    const findings = Array.from({ length: 6 }, (_, i) => readableKeyFile(`${long}${i}.env`));
    const out = summaryOf(sampleReport(findings));
    const shown = out.split('<details>').length - 1;
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(6);
    expect(out.endsWith(`</details>\n\n…and ${6 - shown} more findings; see the step's log.\n`)).toBe(true);
    // One more block would have gone past the limit.
    expect(Buffer.byteLength(out) + 300 * 1024).toBeGreaterThan(SUMMARY_LIMIT);
    expect(SUMMARY_LIMIT).toBe(900 * 1024);
  });

  it('writes Japanese client names in Japanese', () => {
    const report = sampleReport([]);
    expect(summaryOf(report, 'ja')).toContain(
      clientName(report.profiles[0]!.client, 'ja').replace(/[!-/:-@[-`{-~]/g, '\\$&'),
    );
  });
});
