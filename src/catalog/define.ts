// The shape of one catalogue entry. Findings carry a code and typed arguments; the words for them
// live here, in every language, next to the severity, the explanation and the fix steps.
import type { Lang, Location, Severity } from '../types.js';

export interface CodeSpec<A> {
  severity: Severity;
  title: Record<Lang, string>;
  /** Why this is a problem, in a sentence or two; the docs page and `codes <code>` show it. */
  why: Record<Lang, string>;
  message: Record<Lang, (args: A) => string>;
  /** Concrete steps; `loc` is where the finding points, so a step can name the file and line. */
  fix: Record<Lang, (args: A, loc?: Location) => string[]>;
  /** Arguments used to render the docs page's example message and fix steps. */
  example: A;
  exampleLocation?: Location;
}

export function spec<A>(entry: CodeSpec<A>): CodeSpec<A> {
  return entry;
}

/**
 * An entry built on first use. A run renders a handful of codes; building all of them cost every start
 * about a millisecond, and their compiled code a third of the start-up code cache.
 */
export function lazy<T>(make: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= make();
    return built;
  };
}
