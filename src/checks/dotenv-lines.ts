// Where a .env line means one thing to the dotenv package (Node, and python-dotenv for OpenHands)
// and another to `docker run --env-file` or a shell that sources the file.
import { finding, type Finding } from '../findings.js';
import { redact } from '../secrets.js';
import type { DotenvFile, Setting } from '../types.js';
import { roleOf } from '../data/variables.js';

const isCredential = (s: Setting) => s.role === 'api_key' || s.role === 'auth_token';

export function checkDotenvLine(setting: Setting, showSecrets: boolean): Finding[] {
  const reading = setting.dotenv;
  if (!reading) return [];
  const { name, location } = setting;
  const warn = { location, severity: 'warning' as const };
  if (reading.exported) return [finding('dotenv/export-prefix', { name }, warn)];
  if ('rejected' in reading.docker) return [finding('dotenv/space-around-equals', { name }, warn)];
  const docker = reading.docker.value;
  const out: Finding[] = [];
  if (/^[ \t]/.test(docker) && !reading.quote) out.push(finding('dotenv/space-around-equals', { name }, warn));
  else if (!reading.quote && docker.includes('#') && !setting.value.includes('#'))
    out.push(finding('dotenv/inline-comment', { name }, warn));
  else if (isCredential(setting)) {
    const credential = redact(docker, showSecrets);
    if (reading.quote && docker.trim() !== setting.value) {
      out.push(finding('key/quoted', { name, quote: reading.quote, reader: 'docker' }, { ...warn, credential }));
    } else if (/[ \t]$/.test(docker) && !/[ \t]$/.test(setting.value)) {
      const position = docker.trimEnd().length + 1;
      out.push(
        finding(
          'key/whitespace',
          {
            name,
            problems: [{ at: 'trailing', char: docker.endsWith('\t') ? 'tab' : 'space', position }],
            reader: 'docker',
          },
          { ...warn, credential },
        ),
      );
    }
  }
  if (reading.crlf && isCredential(setting) && !/\r$/.test(setting.value)) {
    const credential = redact(`${setting.value}\r`, showSecrets);
    out.push(
      finding(
        'key/whitespace',
        { name, problems: [{ at: 'trailing', char: 'cr', position: [...setting.value].length + 1 }], reader: 'shell' },
        { ...warn, credential },
      ),
    );
  }
  return out;
}

/** The same variable assigned twice in one file: only the last line counts. */
export function checkDuplicates(files: DotenvFile[]): Finding[] {
  return files.flatMap((file) => {
    const lines = new Map<string, number[]>();
    for (const e of file.entries) {
      if (!roleOf(e.name)) continue;
      // push, not a spread: 20,000 assignments of one name would copy the list 20,000 times.
      const seen = lines.get(e.name);
      if (seen) seen.push(e.line);
      else lines.set(e.name, [e.line]);
    }
    return [...lines]
      .filter(([, l]) => l.length > 1)
      .map(([name, l]) =>
        finding(
          'dotenv/duplicate-key',
          { name, lines: l },
          { location: { kind: 'file', path: file.path, line: l[l.length - 1]!, column: 1, key: name } },
        ),
      );
  });
}
