// lazyRequire: from the sources (tests), packages come from node_modules; in the built CLI (the build
// defines __BUNDLED__, and `require` is the launcher's) only from our own bundles or Node itself, never
// node_modules, since the published package has no dependencies. __BUNDLED__ is set here as the build
// defines it.
import { afterEach, describe, expect, it } from 'vitest';
import { lazyRequire } from '../src/lazy.js';

const g = globalThis as { __BUNDLED__?: Record<string, string> };

afterEach(() => {
  delete g.__BUNDLED__;
});

describe('lazyRequire', () => {
  it('from the sources, loads a package from node_modules and a module of Node', () => {
    expect(lazyRequire<{ red: unknown }>('kleur').red).toBeTypeOf('function');
    expect(lazyRequire('node:v8')).toBe(process.getBuiltinModule('node:v8'));
  });

  it('in the built CLI, loads a bundled package by its file, through `require`', () => {
    // A stand-in bundle that `require` can load here: Node's v8 module under a name Node does not know.
    g.__BUNDLED__ = { 'a-bundle': 'node:v8' };
    expect(lazyRequire('a-bundle')).toBe(process.getBuiltinModule('node:v8'));
  });

  it('in the built CLI, loads a module of Node itself, and never a package from node_modules', () => {
    g.__BUNDLED__ = {};
    expect(lazyRequire('node:v8')).toBe(process.getBuiltinModule('node:v8'));
    expect(() => lazyRequire('kleur')).toThrow(
      'kleur is neither bundled (BUNDLED in scripts/build.mjs) nor a module of Node',
    );
  });
});
