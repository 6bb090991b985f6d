// The precedence engine: given a client's rules (what it reads for each slot, strongest first), which
// setting it really uses and which it ignores, and why. The rules themselves live in each client's
// precedence.ts. Shared facts every rule set relies on:
// - a variable from the process environment beats the same variable in a .env file, because dotenv,
//   python-dotenv and docker compose never override a variable that is already set (even an empty one);
// - across several files of one kind the first one given wins; within one .env file the last line wins.
import type { Client, IgnoreReason, Profile, Setting, SourceKind } from '../types.js';

export type Slot = 'apiKey' | 'authToken' | 'model' | 'baseUrl' | 'provider' | 'apiVersion';
const SLOTS = ['model', 'apiKey', 'authToken', 'baseUrl', 'provider', 'apiVersion'] as const;

/** One variable or field a client reads; `path` narrows it to one file. */
export interface Selector {
  name: string;
  path?: string;
}

export interface ProfileRules {
  client: Client;
  label?: string;
  /** What the client reads for each slot, strongest first. */
  slots: Partial<Record<Slot, Selector[]>>;
  isSet: (value: string) => boolean;
  /** Read after the client's own selectors when the model goes to Anthropic (LiteLLM's fallbacks). */
  fallback?: Partial<Record<Slot, Selector[]>>;
  /** Settings the client's loader throws away are listed as ignored by this profile. */
  listsDropped?: boolean;
}

export const names = (...list: string[]): Selector[] => list.map((name) => ({ name }));

const SOURCE_ORDER: Record<SourceKind, number> = {
  env: 0,
  argument: 0,
  dotenv: 1,
  'openhands-config': 2,
  'openhands-settings': 3,
  'claude-code-settings': 4,
  'claude-code-state': 5,
  'shell-rc': 6,
  'claude-code-helper': 7,
  'litellm-config': 8,
  'aider-config': 8,
  'aider-dotenv': 8,
  'continue-config': 8,
  'goose-config': 8,
  'zed-settings': 8,
  'openwebui-config': 8,
  'librechat-config': 8,
};

/** The settings file a value came from, on the host or inside a container. */
function settingPath(s: Setting): string | undefined {
  if (s.location.kind === 'file') return s.location.path;
  // An env or argument location would read `<name>:undefined`, a path no settings file (selector) has.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  return s.location.kind === 'container' && s.location.path ? `${s.location.name}:${s.location.path}` : undefined;
}

/** A .env assignment's name and file: only the last line of a file that assigns a name counts. */
const dotenvKey = (s: Setting) =>
  s.source === 'dotenv' && s.location.kind === 'file' ? `${s.name}\0${s.location.path}` : undefined;
const lineOf = (s: Setting) => (s.location as { line?: number }).line ?? 0;

/**
 * Every setting a client could read, by name, strongest first; settings OpenHands throws away are left
 * out, and within one .env file only the last assignment of a name counts. Built once per resolution,
 * so a file with thousands of lines or groups costs one pass, not one pass per lookup.
 */
type Index = Map<string, Setting[]>;

function indexSettings(settings: Setting[]): Index {
  // Settings of other sources all fall under the key undefined, which the filter below never reads.
  const lastInFile = new Map<string | undefined, Setting>();
  const index: Index = new Map();
  for (const s of settings) {
    if (s.dropped) continue;
    const key = dotenvKey(s);
    const seen = lastInFile.get(key);
    // Two assignments of one name never share a line of a file.
    // Stryker disable next-line EqualityOperator: equivalent, as said above
    if (!seen || lineOf(seen) < lineOf(s)) lastInFile.set(key, s);
    const list = index.get(s.name) ?? [];
    list.push(s);
    index.set(s.name, list);
  }
  for (const [name, list] of index) {
    const kept = list.filter((s) => {
      const key = dotenvKey(s);
      return !key || lastInFile.get(key) === s;
    });
    index.set(
      name,
      kept.sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source]),
    );
  }
  return index;
}

/** Candidates for one selector, strongest first. */
function candidates(index: Index, sel: Selector): Setting[] {
  const all = index.get(sel.name) ?? [];
  return sel.path ? all.filter((s) => settingPath(s) === sel.path) : all;
}

/** LiteLLM's ANTHROPIC_* fallbacks apply only when the model goes to Anthropic. */
function isAnthropicModel(model: string | undefined): boolean {
  return model === undefined || /^(anthropic\/)?claude/i.test(model);
}

/** One profile per rule set, in order, with ids p<offset+1>…. */
export function resolveRules(list: ProfileRules[], settings: Setting[], offset = 0): Profile[] {
  const index = indexSettings(settings);
  const dropped = settings.filter((s) => s.dropped);
  return list.map((rules, i) => resolveOne(rules, index, dropped, `p${offset + i + 1}`));
}

function resolveOne(rules: ProfileRules, index: Index, dropped: Setting[], id: string): Profile {
  const profile: Profile = { id, client: rules.client, ...(rules.label ? { label: rules.label } : {}), ignored: [] };
  // A list holding a string instead of a selector (Stryker's mutant of each `[]` below) selects nothing.
  // Stryker disable next-line ArrayDeclaration: equivalent, as said above
  const model = pick(rules, index, rules.slots.model ?? []);
  const fallback = rules.fallback && isAnthropicModel(model.winner?.value) ? rules.fallback : {};
  for (const slot of SLOTS) {
    // Stryker disable next-line ArrayDeclaration: equivalent, as said above
    const own = rules.slots[slot] ?? [];
    // Stryker disable next-line ArrayDeclaration: equivalent, as said above
    const extra = fallback[slot] ?? [];
    const selectors = [...own, ...extra];
    // No rules have a fallback for the model, so picking it again would give the same result.
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, as said above
    const { winner, ignored } = slot === 'model' ? model : pick(rules, index, selectors);
    if (winner) profile[slot] = winner;
    profile.ignored.push(...ignored);
  }
  // Settings OpenHands throws away never reach the client: say so where this client would read them.
  if (rules.listsDropped) {
    for (const s of dropped) {
      if (s.dropped === 'legacy') profile.ignored.push({ setting: s, reason: { kind: 'legacy-top-level' } });
      else if (s.group === 'llm') profile.ignored.push({ setting: s, reason: { kind: 'section-dropped' } });
    }
  }
  return profile;
}

function pick(rules: ProfileRules, index: Index, selectors: Selector[]) {
  const perSelector = selectors.map((sel) => candidates(index, sel));
  // Only the strongest candidate of a variable reaches the process: an empty variable in the
  // environment still stops dotenv from loading the .env value, and then counts as unset.
  const winner = perSelector.map((c) => c[0]).find((s) => s !== undefined && rules.isSet(s.value));
  const ignored: { setting: Setting; reason: IgnoreReason }[] = winner
    ? perSelector
        .flat()
        .filter((s) => s !== winner && rules.isSet(s.value))
        .map((setting) => ({ setting, reason: { kind: 'overridden', by: winner } }))
    : [];
  return { winner, ignored };
}
