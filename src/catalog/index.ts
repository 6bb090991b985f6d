// The catalogue: every code, its severity and its words. A code's arguments are typed by its entry.
import type { CodeSpec } from './define.js';
import { catalog } from './areas.js';

export { catalog };

export type Code = keyof typeof catalog;
export type ArgsOf<C extends Code> = ReturnType<(typeof catalog)[C]> extends CodeSpec<infer A> ? A : never;

export const CODES = Object.keys(catalog).sort() as Code[];

export function isCode(code: string): code is Code {
  return Object.hasOwn(catalog, code);
}

export function entry<C extends Code>(code: C): CodeSpec<ArgsOf<C>> {
  return catalog[code]() as unknown as CodeSpec<ArgsOf<C>>;
}

/** `key/whitespace` -> `docs/codes/key-whitespace.md` */
export function docsPath(code: Code): string {
  return `docs/codes/${code.replace('/', '-')}.md`;
}

/** Where the docs pages are published: package.json's "homepage" (set by the build), else the project's home. */
declare const __DOCS_BASE_URL__: string | undefined;
const DEFAULT_DOCS_BASE_URL = 'https://github.com/claude-doctor/claude-doctor/blob/main/';

export function docsBaseUrl(): string {
  const base = typeof __DOCS_BASE_URL__ === 'string' && __DOCS_BASE_URL__ ? __DOCS_BASE_URL__ : DEFAULT_DOCS_BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

/** `key/whitespace` -> `https://…/blob/main/docs/codes/key-whitespace.md` */
export function docsUrl(code: Code): string {
  return `${docsBaseUrl()}${docsPath(code)}`;
}
