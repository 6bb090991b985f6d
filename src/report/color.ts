// Whether to colour output: --color / --no-color decide when given (the flag beats the environment);
// otherwise FORCE_COLOR (non-empty, not "0") forces it, as in Node; otherwise NO_COLOR (non-empty)
// or TERM=dumb turns it off; otherwise only a terminal gets colour.
import kleur from 'kleur';

export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export type Paint = typeof kleur;

/** kleur decides once, at import, from process.stdout; we decide per run from the real stream. */
export function paint(enabled: boolean): Paint {
  kleur.enabled = enabled;
  return kleur;
}
