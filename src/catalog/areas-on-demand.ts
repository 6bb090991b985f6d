// The catalogue as the built program reads it: each area of areas.ts is a file of its own
// (dist/catalog/<area>.cjs), loaded when one of its codes is first looked up. A run renders a handful
// of codes; every area's words, in two languages, were half of main.cjs (~3 ms of each start, bench/README.md).
// scripts/build.mjs puts this module in place of areas.ts in dist/main.cjs, with the table below.
import type { catalog as Everything } from './areas.js';

/** Each area's file (relative to dist/main.cjs) and its codes, written by the build. */
declare const __CATALOG_AREAS__: Record<string, readonly string[]>;

type Entries = Record<string, () => unknown>;

function onDemand(areas: Record<string, readonly string[]>): Entries {
  const entries: Entries = {};
  for (const [file, codes] of Object.entries(areas)) {
    let area: Entries | undefined;
    // The launcher's `require`: the file is read with its code cache, as main.cjs is.
    const load = () => (area ??= (require(file) as { codes: Entries }).codes);
    for (const code of codes) entries[code] = () => load()[code]!();
  }
  // The build's training run (CLAUDE_DOCTOR_WRITE_CODE_CACHE) loads them all, so that each gets its code cache:
  // an area without one costs ~0.5 ms more to compile when a run needs it.
  if (process.env.CLAUDE_DOCTOR_WRITE_CODE_CACHE) for (const file of Object.keys(areas)) require(file);
  return entries;
}

export const catalog = onDemand(__CATALOG_AREAS__) as unknown as typeof Everything;
