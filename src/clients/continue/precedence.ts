// What each Continue model with provider anthropic really sends: a literal field as written; a
// `${{ secrets.NAME }}` from the first place that has it (SECRET_ORDER), the others ignored. Continue's
// lookup tests `if (secretValue)`, so an empty value counts as not found there.
import type { Profile, Setting } from '../../types.js';
import { type ContinueModel, type FieldRef, SECRET_FILES } from './sources.js';

/** Strongest first: the three .env files, then the process environment. */
export const SECRET_ORDER = [...SECRET_FILES, 'env'] as const;
export type SecretPlace = (typeof SECRET_ORDER)[number];

const placeOf = (s: Setting): SecretPlace | undefined => {
  if (s.location.kind === 'env') return 'env';
  const path = s.location.kind === 'file' ? s.location.path : undefined;
  return SECRET_FILES.find((p) => p === path);
};

export interface FieldResolution {
  winner?: Setting;
  ignored: Setting[];
  /** For a secret: where it was found, or undefined when nowhere. */
  secret?: { name: string; found?: SecretPlace };
}

export function resolveField(ref: FieldRef | undefined, settings: Setting[]): FieldResolution {
  if (!ref) return { ignored: [] };
  if ('literal' in ref) {
    const winner = settings.find((s) => sameSpot(s, ref));
    return { ...(winner ? { winner } : {}), ignored: [] };
  }
  const ranked = settings
    .flatMap((s) => {
      const place = s.name === ref.secret && s.value !== '' ? placeOf(s) : undefined;
      return place ? [{ s, rank: SECRET_ORDER.indexOf(place) }] : [];
    })
    .sort((a, b) => a.rank - b.rank);
  const [first, ...rest] = ranked;
  return {
    ...(first ? { winner: first.s } : {}),
    ignored: rest.map((r) => r.s),
    secret: { name: ref.secret, ...(first ? { found: SECRET_ORDER[first.rank] } : {}) },
  };
}

/** The literal's own setting: the config file's, read at the same file and key. */
function sameSpot(s: Setting, ref: FieldRef): boolean {
  const spot = (l: Setting['location']) => (l.kind === 'file' ? `${l.path}\0${l.key}` : undefined);
  return s.source === 'continue-config' && spot(s.location) === spot(ref.at);
}

export const isAnthropic = (m: ContinueModel) => m.provider.trim().toLowerCase() === 'anthropic';

/** One profile per model with provider anthropic. */
export function resolveContinue(models: ContinueModel[], settings: Setting[]): Profile[] {
  return models.filter(isAnthropic).map((m) => {
    const key = resolveField(m.apiKey, settings);
    const model = resolveField(m.model, settings);
    const base = resolveField(m.apiBase, settings);
    const overridden = (r: FieldResolution) =>
      r.ignored.map((setting) => ({ setting, reason: { kind: 'overridden' as const, by: r.winner! } }));
    return {
      id: '',
      client: 'continue',
      label: m.label,
      ...(key.winner ? { apiKey: key.winner } : {}),
      ...(model.winner ? { model: model.winner } : {}),
      ...(base.winner ? { baseUrl: base.winner } : {}),
      ignored: [...overridden(key), ...overridden(model), ...overridden(base)],
    } satisfies Profile;
  });
}
