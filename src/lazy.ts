// Heavy packages (dockerode, @anthropic-ai/sdk, undici) are loaded only on the paths that use them.
// require(), not import(): the bundle runs from a V8 code cache, and Node does not keep the
// dynamic-import callback of functions restored from a cache.
import { createRequire } from 'node:module';

/** Packages that the build bundles next to the program (dist/<name>.cjs), for a faster load. */
declare const __BUNDLED__: Record<string, string> | undefined;

export function lazyRequire<T>(name: string): T {
  // From the sources (tests): node_modules.
  if (typeof __BUNDLED__ !== 'object') return createRequire(import.meta.url)(name) as T;
  // The built CLI needs nothing from node_modules (the published package has no dependencies): one of our
  // bundles, through the launcher's `require`, which loads it with its code cache; or a module of Node's own.
  const bundled = __BUNDLED__[name];
  const loaded = bundled ? require(bundled) : process.getBuiltinModule(name);
  if (!loaded) throw new Error(`${name} is neither bundled (BUNDLED in scripts/build.mjs) nor a module of Node`);
  return loaded as T;
}
