// Injected into the SDK's bundle for its global `Headers` (scripts/build.mjs): see src/probe/plain-headers.ts.
export { PlainHeaders as Headers } from '../../src/probe/plain-headers.js';
