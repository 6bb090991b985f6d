// Replaced at build time by esbuild's `define`; the fallback serves tests that run the sources.
declare const __VERSION__: string | undefined;
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
