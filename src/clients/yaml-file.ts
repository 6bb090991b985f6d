// YAML configurations (aider, Continue, Goose), parsed with eemeli/yaml into nodes that keep their place in
// the file, so a finding can name the line. The library is loaded only when a YAML file was actually read
// (src/lazy.ts): a plain check without one never pays for it. Nothing is ever converted to plain objects,
// so aliases are followed one step at a time and never expanded: an alias bomb costs what its text costs.
import type * as Yaml from 'yaml';
import { lazyRequire } from '../lazy.js';
import { scrubKeyShapes } from '../secrets.js';
import type { SourceProblem } from '../types.js';
import { readSimpleYaml, type SimpleNode } from './yaml-simple.js';
import { parsedOnce } from '../sources/read-text.js';

/** One scalar of the file: its text (numbers and booleans as written; null as ''), and where it is. */
export interface YamlScalar {
  value: string;
  /** Written as nothing, `~` or `null` (value ''), unlike a quoted ''. */
  isNull: boolean;
  line: number;
  column: number;
}

export interface YamlDoc {
  /** The node at a path of map keys and sequence indexes, aliases followed; undefined when absent. */
  node(path: readonly (string | number)[]): unknown;
  /** The scalar at a path, or undefined when absent or not a scalar. */
  scalar(path: readonly (string | number)[]): YamlScalar | undefined;
  /** The length of the sequence at a path (0 when there is none). */
  length(path: readonly (string | number)[]): number;
  /** The keys of the map at a path. */
  keys(path: readonly (string | number)[]): string[];
  /** What is at a path: a map, a sequence or a scalar (undefined when absent). */
  kind(path: readonly (string | number)[]): 'map' | 'seq' | 'scalar' | undefined;
  /** Where the node at a path is: a scalar where its value starts, a map or sequence under a key at that key. */
  position(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/** Aliases are not expanded here (no toJS); anything that ever converts a node must pass this cap to toJS. */
export const MAX_ALIAS_COUNT = 100;

/** A parsed document with its line counter, or the finding about a file that is not YAML. */
export type ParsedYaml =
  | { ok: true; yaml: typeof Yaml; doc: Yaml.Document.Parsed; lines: Yaml.LineCounter }
  | { ok: false; problem: SourceProblem };

/** The one YAML parse of every client's file (aider, Continue, Goose, LiteLLM); a file that is not YAML is source/yaml-invalid. */
export function parseYamlDocument(path: string, text: string): ParsedYaml {
  const yaml = lazyRequire<typeof Yaml>('yaml');
  const lines = new yaml.LineCounter();
  // A document nested thousands deep can overflow the parser's stack: a finding about the file too.
  try {
    const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    const error = doc.errors[0];
    if (!error) return { ok: true, yaml, doc, lines };
    const { line, col } = lines.linePos(error.pos[0]);
    return { ok: false, problem: invalid(path, { line, column: col }, error.message) };
  } catch (thrown) {
    return { ok: false, problem: invalid(path, { line: 1, column: 1 }, String((thrown as Error).message)) };
  }
}

/** The library's own words, first line only; a key-shaped piece of the file never reaches the report. */
export function invalid(path: string, at: { line: number; column: number }, message: string): SourceProblem {
  const first = message.split('\n')[0] ?? '';
  const detail = scrubKeyShapes(first.length > 200 ? `${first.slice(0, 199)}…` : first);
  return {
    code: 'source/yaml-invalid',
    args: { path, ...at, detail },
    location: { kind: 'file', path, ...at },
  };
}

/** A file's document: read by the plain reader when it can (yaml-simple.ts), else by the library. */
export function parseYaml(
  path: string,
  text: string,
): { ok: true; doc: YamlDoc } | { ok: false; problem: SourceProblem } {
  // A compose file is read by LiteLLM's and Open WebUI's readers alike: once is enough (readingOnce).
  return parsedOnce(`yaml\0${path}\0${text}`, () => parseYamlText(path, text));
}

function parseYamlText(path: string, text: string): { ok: true; doc: YamlDoc } | { ok: false; problem: SourceProblem } {
  const simple = readSimpleYaml(text);
  if (simple) return { ok: true, doc: simpleDoc(simple) };
  const parsed = parseYamlDocument(path, text);
  return parsed.ok ? { ok: true, doc: libraryDoc(parsed) } : parsed;
}

function simpleDoc(root: SimpleNode): YamlDoc {
  const pairAt = (map: SimpleNode | undefined, key: string) =>
    map?.kind === 'map' ? map.pairs.findLast((pair) => pair.key === key) : undefined;
  const node = (p: readonly (string | number)[]) => {
    let at: SimpleNode | undefined = root;
    for (const step of p) {
      if (typeof step === 'number') at = at?.kind === 'seq' ? at.items[step] : undefined;
      else at = pairAt(at, step)?.value;
    }
    return at;
  };
  return {
    node,
    scalar(p) {
      const n = node(p);
      return n?.kind === 'scalar' ? { value: n.value, isNull: n.isNull, line: n.line, column: n.column } : undefined;
    },
    length(p) {
      const n = node(p);
      return n?.kind === 'seq' ? n.items.length : 0;
    },
    keys(p) {
      const n = node(p);
      return n?.kind === 'map' ? n.pairs.map((pair) => pair.key) : [];
    },
    kind: (p) => node(p)?.kind,
    position(p) {
      const n = node(p);
      const last = p.at(-1);
      // A block below a key starts on the next line; the key is where a reader looks.
      const at = n && n.kind !== 'scalar' && typeof last === 'string' ? pairAt(node(p.slice(0, -1)), last) : n;
      return at ? { line: at.line, column: at.column } : undefined;
    },
  };
}

function libraryDoc({ yaml, doc, lines }: Extract<ParsedYaml, { ok: true }>): YamlDoc {
  const follow = (n: unknown): unknown => (yaml.isAlias(n) ? n.resolve(doc) : n);
  // The last of two equal keys wins, as in the loaders of these tools (PyYAML, serde_yaml differ; rare).
  const pairAt = (map: unknown, key: string) =>
    yaml.isMap(map) ? map.items.findLast((i) => yaml.isScalar(i.key) && String(i.key.value) === key) : undefined;
  const node = (p: readonly (string | number)[]) => {
    let at: unknown = follow(doc.contents);
    for (const step of p) {
      if (typeof step === 'number') at = yaml.isSeq(at) ? at.items[step] : undefined;
      else at = pairAt(at, step)?.value ?? undefined;
      at = follow(at);
    }
    return at;
  };
  return {
    node,
    scalar(p) {
      const n = node(p);
      if (!yaml.isScalar(n)) return undefined;
      const { line, col } = lines.linePos(n.range?.[0] ?? 0);
      const v = n.value;
      const isNull = v === null || v === undefined;
      return { value: isNull ? '' : String(v), isNull, line, column: col };
    },
    length(p) {
      const n = node(p);
      return yaml.isSeq(n) ? n.items.length : 0;
    },
    keys(p) {
      const n = node(p);
      return yaml.isMap(n) ? n.items.flatMap((i) => (yaml.isScalar(i.key) ? [String(i.key.value)] : [])) : [];
    },
    kind(p) {
      const n = node(p);
      if (yaml.isMap(n)) return 'map';
      if (yaml.isSeq(n)) return 'seq';
      return yaml.isScalar(n) ? 'scalar' : undefined;
    },
    position(p) {
      const n = node(p);
      const last = p.at(-1);
      // A block below a key starts on the next line; the key is where a reader looks.
      const keyed = (yaml.isMap(n) || yaml.isSeq(n)) && typeof last === 'string';
      const at = (keyed ? pairAt(node(p.slice(0, -1)), last)?.key : n) as
        | { range?: [number, number, number] }
        | undefined;
      if (!at?.range) return undefined;
      const { line, col } = lines.linePos(at.range[0]);
      return { line, column: col };
    },
  };
}
