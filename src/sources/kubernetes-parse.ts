// --kube text as Kubernetes objects: `kubectl get -o json` (one List), `-o yaml`, `helm template` output and
// committed manifests (multi-document YAML). JSON is parsed as JSON (fast for a big List); anything else is
// YAML, each document turned into plain data with the alias cap, so an alias bomb stays a finding.
import type * as Yaml from 'yaml';
import { lazyRequire } from '../lazy.js';
import { invalid, MAX_ALIAS_COUNT } from '../clients/yaml-file.js';
import type { SourceProblem } from '../types.js';

/** More objects than any namespace has: the rest is not read. */
export const MAX_OBJECTS = 5000;

export type KubeObject = Record<string, unknown>;

export const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseKubeText(name: string, text: string): { objects: KubeObject[]; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  // JSON first only for speed: text that is not JSON goes on to the YAML parser, which reads JSON too.
  // Stryker disable next-line Regex: equivalent, either parser ends with the same objects or the same problem
  const roots = /^\s*[[{]/.test(text) ? parseJson(name, text, problems) : parseYamlDocuments(name, text, problems);
  const objects: KubeObject[] = [];
  let dropped = false;
  const add = (v: unknown) => {
    if (!isMap(v)) return;
    // A List (kubectl get with several kinds, or -o yaml of one kind) holds the objects in `items`.
    if (Array.isArray(v.items) && (typeof v.kind !== 'string' || v.kind.endsWith('List'))) {
      for (const item of v.items) if (isMap(item) && typeof item.kind === 'string') add(item);
    } else if (typeof v.kind !== 'string') return;
    else if (objects.length < MAX_OBJECTS) objects.push(v);
    else dropped = true;
  };
  for (const root of roots) {
    if (Array.isArray(root)) root.forEach(add);
    else add(root);
  }
  if (dropped)
    problems.push({
      code: 'kube/too-many-objects',
      args: { path: name, limit: MAX_OBJECTS },
      location: { kind: 'file', path: name },
    });
  if (!objects.length && !problems.length)
    problems.push({ code: 'kube/no-objects', args: { path: name }, location: { kind: 'file', path: name } });
  return { objects, problems };
}

function parseJson(name: string, text: string, problems: SourceProblem[]): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch {
    // JSON is YAML: the YAML parser says where the error is, and its words quote none of the text (V8's
    // JSON.parse message does, and the text holds Secrets).
    return parseYamlDocuments(name, text, problems);
  }
}

function parseYamlDocuments(name: string, text: string, problems: SourceProblem[]): unknown[] {
  const yaml = lazyRequire<typeof Yaml>('yaml');
  const lines = new yaml.LineCounter();
  let docs: Yaml.Document.Parsed[];
  try {
    // prettyErrors would quote the text around an error, and the text holds Secrets; a manifest may repeat a key.
    docs = yaml.parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  } catch (thrown) {
    // No input is known to get here (the parser reports, it does not throw): kept, as every bad input must end
    // as a finding.
    problems.push(invalid(name, { line: 1, column: 1 }, String((thrown as Error).message)));
    return [];
  }
  return docs.flatMap((doc) => {
    const error = doc.errors[0];
    if (error) {
      const { line, col } = lines.linePos(error.pos[0]);
      problems.push(invalid(name, { line, column: col }, error.message));
      // Stryker disable next-line ArrayDeclaration: equivalent, parseKubeText keeps only maps
      return [];
    }
    try {
      // Stryker disable next-line ObjectLiteral: equivalent while MAX_ALIAS_COUNT is the library's default (100)
      return [doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })];
    } catch (thrown) {
      // An alias bomb passes maxAliasCount; a document nested thousands deep overflows the stack.
      problems.push(invalid(name, { line: 1, column: 1 }, String((thrown as Error).message)));
      // Stryker disable next-line ArrayDeclaration: equivalent, parseKubeText keeps only maps
      return [];
    }
  });
}
