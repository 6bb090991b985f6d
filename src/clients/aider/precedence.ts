// Which key and model aider really uses, as data (aider's main.py; aider.chat/docs/config):
// 1. its .env files are loaded home, git root, current folder, each with override=True: a later file wins,
//    and a .env value replaces a variable exported in the shell;
// 2. configargparse then reads the options: an AIDER_* variable beats .aider.conf.yml, where a later file
//    wins (the docs' order; configargparse's handling of one option in several files is not verified);
// 3. main.py sets ANTHROPIC_API_KEY from `api-key: anthropic=…`, then from `anthropic-api-key` (last wins).
import type { AiderReason } from '../../catalog/yaml-clients.js';
import type { Profile, Setting } from '../../types.js';
import type { AiderFacts, Place } from './sources.js';

/** One place aider reads a value from; `from: 'dotenv'` at `cwd` is also the shared source's .env. */
export interface Rung {
  name: string;
  from: 'dotenv' | 'env' | 'yaml';
  place?: Place;
}

const FILES_LAST_FIRST: readonly Place[] = ['cwd', 'git-root', 'home'];
const inDotenvs = (name: string): Rung[] => FILES_LAST_FIRST.map((place) => ({ name, from: 'dotenv', place }));
const inYamls = (name: string): Rung[] => FILES_LAST_FIRST.map((place) => ({ name, from: 'yaml', place }));

/** Strongest first. */
export const KEY_ORDER: readonly Rung[] = [
  ...inDotenvs('AIDER_ANTHROPIC_API_KEY'),
  { name: 'AIDER_ANTHROPIC_API_KEY', from: 'env' },
  ...inYamls('anthropic-api-key'),
  ...inYamls('api-key anthropic'),
  ...inDotenvs('ANTHROPIC_API_KEY'),
  { name: 'ANTHROPIC_API_KEY', from: 'env' },
];
export const MODEL_ORDER: readonly Rung[] = [
  ...inDotenvs('AIDER_MODEL'),
  { name: 'AIDER_MODEL', from: 'env' },
  ...inYamls('model'),
];

/** The rung a setting stands on, or undefined when aider does not read it. */
export function rungOf(s: Setting, facts: AiderFacts, order: readonly Rung[]): number | undefined {
  const path = s.location.kind === 'file' ? s.location.path : undefined;
  const file = facts.files.find((f) => f.path === path);
  let from: Rung['from'] | undefined;
  let place: Place | undefined;
  if (s.source === 'env') from = 'env';
  else if (s.source === 'dotenv') {
    // The shared source's .env is the current folder's (or the one --env-file names, which aider loads last).
    from = 'dotenv';
    place = 'cwd';
  } else if (file) {
    from = file.kind;
    place = file.place;
  }
  const i = order.findIndex((r) => r.name === s.name && r.from === from && r.place === place);
  return i === -1 ? undefined : i;
}

/** Why the setting on rung `loser` loses to the one on rung `winner` of the same order. */
export function reasonOf(order: readonly Rung[], winner: number, loser: number): AiderReason {
  const w = order[winner]!;
  const l = order[loser]!;
  if (w.name === l.name) return w.from === l.from ? 'later-file' : 'dotenv-over-shell';
  if (w.name.startsWith('AIDER_') && l.from === 'yaml' && w.name.slice(6).toLowerCase().replace(/_/g, '-') === l.name)
    return 'variable-over-config';
  return 'option-over-variable';
}

export const nonEmpty = (v: string) => v !== '';

/** The value of one slot: the set setting on the strongest rung wins; the other set ones are ignored. */
function pick(settings: Setting[], facts: AiderFacts, order: readonly Rung[]) {
  const ranked = settings
    .flatMap((s) => {
      const rung = rungOf(s, facts, order);
      return rung === undefined || !nonEmpty(s.value) ? [] : [{ s, rung }];
    })
    .sort((a, b) => a.rung - b.rung);
  const [winner, ...rest] = ranked;
  return {
    winner: winner?.s,
    ignored: rest.map(({ s }) => ({ setting: s, reason: { kind: 'overridden' as const, by: winner!.s } })),
  };
}

/** aider's one profile; undefined when nothing says aider is configured here. */
export function resolveAider(settings: Setting[], facts: AiderFacts | undefined): Profile | undefined {
  if (!facts) return undefined;
  const used =
    facts.files.some((f) => f.kind === 'yaml') || facts.envSet || settings.some((s) => s.name.startsWith('AIDER_'));
  if (!used) return undefined;
  const key = pick(settings, facts, KEY_ORDER);
  const model = pick(settings, facts, MODEL_ORDER);
  return {
    id: '',
    client: 'aider',
    ...(key.winner ? { apiKey: key.winner } : {}),
    ...(model.winner ? { model: model.winner } : {}),
    ignored: [...key.ignored, ...model.ignored],
  };
}
