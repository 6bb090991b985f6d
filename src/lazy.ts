// Heavy packages (dockerode, @anthropic-ai/sdk) are loaded only on the paths that use them, and from
// node_modules rather than the bundle. require(), not import(): the bundle runs from a V8 code cache,
// and Node does not keep the dynamic-import callback of functions restored from a cache.
import { createRequire } from 'node:module';

/** Packages that the build bundles next to the program (dist/<name>.cjs), for a faster load. */
declare const __BUNDLED__: Record<string, string> | undefined;

export function lazyRequire<T>(name: string): T {
  const bundled = typeof __BUNDLED__ === 'object' ? __BUNDLED__[name] : undefined;
  // In the built CLI, `require` is the launcher's, which loads our bundles with their code cache.
  const load = bundled && typeof require === 'function' ? require : createRequire(import.meta.url);
  return load(bundled ?? name) as T;
}
