// A code's fix steps in their general form: the catalogue's fix, worked on its example arguments with every
// value a real run takes from the user (a variable, a file, a line, a URL) swapped for a placeholder.
import { GENERAL_FORMS, type GeneralForm, PLACEHOLDERS } from './catalog/general-forms.js';
import { type Code, entry } from './catalog/index.js';
import type { Lang, Location } from './types.js';

export interface GeneralSteps {
  steps: string[];
  /** The steps are those of the example's case; another case gives other steps. */
  branched: boolean;
}

interface Walk {
  form: GeneralForm;
  lang: Lang;
}

/**
 * The placeholder of an argument, or nothing when it is kept as in the example: a constant, a branch, a kind
 * (of a location, a credential), or an argument no step shows (test/general-steps.test.ts finds any that a
 * step shows and that has no placeholder).
 */
function placeholder(name: string, { form, lang }: Walk): string | undefined {
  if (form.constant?.includes(name) || form.branch?.includes(name)) return undefined;
  return (form.args?.[name] ?? PLACEHOLDERS[name])?.[lang];
}

/** The value with each of the user's own values replaced; `name` is the argument (or field) it sits in. */
function generalise(value: unknown, name: string, walk: Walk): unknown {
  // A line or column is the user's; a count or an HTTP status is the code's own.
  if (typeof value === 'string' || name === 'line' || name === 'column') return placeholder(name, walk) ?? value;
  // Every item of a list: a file and an environment variable each keep their own step.
  if (Array.isArray(value)) return value.map((item) => generalise(item, name, walk));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, generalise(v, k, walk)]));
  return value;
}

/**
 * Where a finding points, in general: a line of a file for a value read from the environment or a file (the
 * common case: .env, config.toml, settings.json), a container's variable for a container.
 */
function generalLocation(loc: Location | undefined, walk: Walk): Location | undefined {
  if (!loc) return undefined;
  if (loc.kind === 'env') return generalise({ kind: 'file', path: '', line: 0, key: loc.name }, '', walk) as Location;
  return generalise(loc, '', walk) as Location;
}

/** A code's example arguments (or location) in general form, for the given form and language. */
export function generalArgs<T>(example: T, form: GeneralForm, lang: Lang): T {
  return generalise(example, '', { form, lang }) as T;
}

export function generalSteps(code: Code, lang: Lang): GeneralSteps {
  const spec = entry(code);
  const form = GENERAL_FORMS[code] ?? {};
  const walk: Walk = { form, lang };
  const args = generalArgs(spec.example, form, lang);
  const steps = spec.fix[lang](args, generalLocation(spec.exampleLocation, walk));
  return { steps, branched: !!form.branch?.length };
}
