// The `openhands-config` source: OpenHands config.toml files, read as OpenHands reads them. `[llm]`
// holds the default LLM; `[llm.<name>]` groups inherit from it; one unknown key makes OpenHands drop
// the whole table; top-level LLM_API_KEY / LLM_MODEL are ignored since OpenHands 0.27.
import { parse, TomlError } from 'smol-toml';
import { blankCommentLines } from '../../sources/toml-comments.js';
import { LLM_CONFIG_FIELDS } from '../../data/openhands.js';
import { scrubCodeLine, scrubKeyShapes } from '../../secrets.js';
import type { Location, Role, Setting, SourceProblem, SourceResult } from '../../types.js';
import { TomlLocator } from '../../sources/toml-locate.js';
import { readFileSet, type FileSet } from '../../sources/read-text.js';

const ROLE_OF_FIELD: Record<string, Role> = {
  api_key: 'api_key',
  model: 'model',
  base_url: 'base_url',
  custom_llm_provider: 'provider',
  api_version: 'api_version',
};
const LEGACY_KEYS: Record<string, Role> = { LLM_API_KEY: 'api_key', LLM_MODEL: 'model', LLM_BASE_URL: 'base_url' };

export interface OpenHandsConfigFacts {
  path: string;
  /** Tables OpenHands drops, with the keys that make it do so. */
  dropped: { group: string; keys: string[]; location: Location }[];
  legacyKeys: string[];
  /** Named groups that [agent] / [condenser] point at through llm_config. */
  referencedGroups: string[];
}

export function readOpenHandsConfigs(files: FileSet): SourceResult & { configs: OpenHandsConfigFacts[] } {
  const result = { settings: [] as Setting[], problems: [] as SourceProblem[], configs: [] as OpenHandsConfigFacts[] };
  for (const file of readFileSet(files, result.problems)) {
    const path = file.path;
    let table: Record<string, unknown>;
    try {
      table = parse(blankCommentLines(file.text), { unsafeKeyBehaviour: 'throw' }) as Record<string, unknown>;
    } catch (error) {
      result.problems.push(parseProblem(path, file.text, error));
      continue;
    }
    // smol-toml limits the nesting of arrays and inline tables, not of [a.b.c…] headers or dotted keys.
    const depth = maxDepth(table);
    if (depth > MAX_DEPTH) {
      const message = `tables nested ${depth} levels deep (more than ${MAX_DEPTH})`;
      result.problems.push(parseProblem(path, file.text, { line: deepestLine(file.text), column: 1, message }));
      continue;
    }
    const referenced = referencedGroups(table);
    const facts: OpenHandsConfigFacts = { path, dropped: [], legacyKeys: [], referencedGroups: [...referenced] };
    const locator = new TomlLocator(file.text);
    const at = (group: string, key: string): Location => ({ kind: 'file', path, ...locator.locate(group, key), key });
    const llm = isTable(table.llm) ? table.llm : undefined;

    // Top-level LLM_API_KEY = "…" from before 0.27: read so it can be reported, never used.
    for (const [key, role] of Object.entries(LEGACY_KEYS)) {
      if (typeof table[key] !== 'string') continue;
      facts.legacyKeys.push(key);
      result.settings.push({
        role,
        name: key,
        value: table[key] as string,
        source: 'openhands-config',
        group: '',
        dropped: 'legacy',
        location: at('', key),
      });
    }
    if (llm) {
      const groups = Object.entries(llm)
        .filter(([, v]) => isTable(v))
        .map(([name]) => name);
      for (const group of ['', ...groups]) {
        const fields = group
          ? (llm[group] as Record<string, unknown>)
          : Object.fromEntries(Object.entries(llm).filter(([, v]) => !isTable(v)));
        const groupName = group ? `llm.${group}` : 'llm';
        const unknown = Object.keys(fields).filter((k) => !LLM_CONFIG_FIELDS.includes(k));
        if (unknown.length)
          facts.dropped.push({ group: groupName, keys: unknown, location: at(groupName, unknown[0]!) });
        // A named group matters when something points at it, or when it carries a key of its own.
        if (group && !referenced.has(group) && !(typeof fields.api_key === 'string' && fields.api_key !== '')) continue;
        for (const [field, role] of Object.entries(ROLE_OF_FIELD)) {
          const value = fields[field];
          if (typeof value !== 'string') continue;
          result.settings.push({
            role,
            name: `[${groupName}] ${field}`,
            value,
            source: 'openhands-config',
            group: groupName,
            ...(unknown.length ? { dropped: 'section' as const } : {}),
            location: at(groupName, field),
          });
        }
      }
    }
    result.configs.push(facts);
  }
  return result;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The groups that [agent] / [condenser] tables (at any depth) point at; walked without recursion. */
function referencedGroups(table: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  const stack: unknown[] = [table.agent, table.condenser];
  while (stack.length) {
    const t = stack.pop();
    if (!isTable(t)) continue;
    if (typeof t.llm_config === 'string') names.add(t.llm_config);
    for (const v of Object.values(t)) if (isTable(v)) stack.push(v);
  }
  return names;
}

/** The same limit smol-toml puts on nested arrays and inline tables. */
const MAX_DEPTH = 1000;

/** How deep tables and arrays nest, walked without recursion (a 100,000-deep header overflowed the stack). */
function maxDepth(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null || value instanceof Date) continue;
    deepest = Math.max(deepest, depth);
    for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) stack.push([v, depth + 1]);
  }
  return deepest;
}

/** The line with the most dots: the long dotted header or key that made the nesting. */
function deepestLine(text: string): number {
  let best = { line: 1, dots: -1 };
  text.split('\n').forEach((l, i) => {
    let dots = 0;
    for (let at = l.indexOf('.'); at !== -1; at = l.indexOf('.', at + 1)) dots++;
    if (dots > best.dots) best = { line: i + 1, dots };
  });
  return best.line;
}

/** A parse error with its line, column and a short code frame in which values of key-like fields are redacted. */
function parseProblem(path: string, text: string, error: unknown): SourceProblem {
  const line = error instanceof TomlError ? error.line : ((error as { line?: number }).line ?? 1);
  const column = error instanceof TomlError ? error.column : ((error as { column?: number }).column ?? 1);
  const message = String((error as Error).message)
    .split('\n')[0]!
    .replace(/^Invalid TOML document: /, '');
  const detail = scrubKeyShapes(message.length > 200 ? `${message.slice(0, 199)}…` : message);
  const lines = text.split(/\r?\n/);
  const shown = lines
    .slice(Math.max(0, line - 2), line)
    .map((l, i, all) => frameLine(l, i === all.length - 1 ? column : 1));
  const frame = shown
    .map((l, i) => `${String(line - shown.length + 1 + i).padStart(4)} | ${l.text}`)
    .concat(`     | ${' '.repeat(Math.max(0, shown[shown.length - 1]?.caret ?? 0))}^`)
    .join('\n');
  return {
    code: 'openhands/config-parse-error',
    args: { path, line, column, detail, frame },
    location: { kind: 'file', path, line, column },
  };
}

/** Frame lines are cut to this many characters around the column: a 1 MB line is not a code frame. */
const FRAME_WIDTH = 120;

/** One line of the frame, redacted, cut around `column`; `caret` is where the column lands in it. */
function frameLine(line: string, column: number): { text: string; caret: number } {
  const redacted = scrubCodeLine(line);
  let caret = Math.min(column - 1, redacted.length);
  let cut = redacted;
  let prefix = '';
  let suffix = '';
  if (redacted.length > FRAME_WIDTH) {
    const from = Math.max(0, Math.min(caret - FRAME_WIDTH / 2, redacted.length - FRAME_WIDTH));
    cut = redacted.slice(from, from + FRAME_WIDTH);
    caret -= from;
    if (from > 0) {
      // A cut may have split a key from its prefix: drop the partial token at the cut.
      const dropped = /^[^\s"',;=()[\]{}]*/.exec(cut)![0].length;
      cut = cut.slice(dropped);
      caret -= dropped;
      prefix = '…';
    }
    if (from + FRAME_WIDTH < redacted.length) suffix = '…';
  }
  const scrubbed = scrubAround(cut, Math.max(0, caret));
  return { text: `${prefix}${scrubbed.text}${suffix}`, caret: prefix.length + scrubbed.caret };
}

const DELIMITER = /[\s"',;=()[\]{}]/;

/** Key shapes redacted, with the caret kept on the same character: the two sides are scrubbed apart when
 * the caret sits at a token's edge (no key can span it then), the whole otherwise. */
function scrubAround(text: string, caret: number): { text: string; caret: number } {
  const edge = caret === 0 || caret >= text.length || DELIMITER.test(text[caret - 1]!) || DELIMITER.test(text[caret]!);
  if (!edge) {
    const whole = scrubKeyShapes(text);
    return { text: whole, caret: Math.min(caret, whole.length) };
  }
  const before = scrubKeyShapes(text.slice(0, caret));
  return { text: before + scrubKeyShapes(text.slice(caret)), caret: before.length };
}
