// `${VAR}` references as LibreChat reads them, and with Compose's defaults as Compose fills them.
/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: the references are the subject */
import { describe, expect, it } from 'vitest';
import { resolveRefs, type Var } from '../../src/clients/env-vars.js';

const vars: Record<string, string> = { KEY: 'k-value', EMPTY: '' };
const lookup = (name: string): Var | undefined =>
  name in vars ? { name, value: vars[name]!, location: { kind: 'env', name } } : undefined;

describe('resolveRefs', () => {
  it('fills ${VAR}, keeps an unset one as written and names it; a whole reference says where it came from', () => {
    expect(resolveRefs('${KEY}', lookup)).toMatchObject({ value: 'k-value', missing: [], from: { name: 'KEY' } });
    expect(resolveRefs(' ${KEY} ', lookup).from?.name).toBe('KEY');
    expect(resolveRefs('x-${KEY}', lookup)).toEqual({ value: 'x-k-value', missing: [] });
    expect(resolveRefs('${NOPE}', lookup)).toEqual({ value: '${NOPE}', missing: ['NOPE'] });
    // LibreChat has no defaults: the text stays as written.
    expect(resolveRefs('${KEY:-d}', lookup)).toEqual({ value: '${KEY:-d}', missing: [] });
  });

  it("with Compose's defaults: ':-' for unset or empty, '-' for unset only", () => {
    expect(resolveRefs('${KEY:-d}', lookup, true)).toMatchObject({ value: 'k-value', from: { name: 'KEY' } });
    expect(resolveRefs('${NOPE:-d}', lookup, true)).toEqual({ value: 'd', missing: [] });
    expect(resolveRefs('${NOPE:-}', lookup, true)).toEqual({ value: '', missing: [] });
    expect(resolveRefs('${EMPTY:-d}', lookup, true)).toEqual({ value: 'd', missing: [] });
    expect(resolveRefs('${EMPTY-d}', lookup, true)).toMatchObject({ value: '', from: { name: 'EMPTY' } });
    expect(resolveRefs('${NOPE-d}', lookup, true)).toEqual({ value: 'd', missing: [] });
    expect(resolveRefs('${NOPE}', lookup, true)).toEqual({ value: '${NOPE}', missing: ['NOPE'] });
  });
});
