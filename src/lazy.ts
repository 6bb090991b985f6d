// Heavy packages (dockerode, @anthropic-ai/sdk) are loaded only on the paths that use them, and from
// node_modules rather than the bundle. require(), not import(): the bundle runs from a V8 code cache,
// and Node does not keep the dynamic-import callback of functions restored from a cache.
import { createRequire } from 'node:module';

export function lazyRequire<T>(name: string): T {
  return createRequire(import.meta.url)(name) as T;
}
