// Headers as fetch's Headers class keeps them, for the probe's own fetch (http-fetch.ts). Node builds its
// Headers class from its HTTP client, whose first use costs 30-40 ms of start-up (see http-fetch.ts);
// the SDK's bundle uses this one instead (scripts/build.mjs injects it). Names are case-insensitive and
// kept lower-case; several values of one name are joined with ", ", and iteration is in name order.
export class PlainHeaders {
  readonly #values = new Map<string, string>();

  constructor(init?: Iterable<readonly [string, string]> | Record<string, string> | PlainHeaders) {
    if (!init) return;
    const pairs = Symbol.iterator in init ? init : Object.entries(init);
    for (const [name, value] of pairs as Iterable<readonly [string, string]>) this.append(name, value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const before = this.#values.get(key);
    this.#values.set(key, before === undefined ? trimmed(value) : `${before}, ${trimmed(value)}`);
  }

  set(name: string, value: string): void {
    this.#values.set(name.toLowerCase(), trimmed(value));
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  delete(name: string): void {
    this.#values.delete(name.toLowerCase());
  }

  forEach(each: (value: string, name: string, headers: PlainHeaders) => void): void {
    for (const [name, value] of this) each(value, name, this);
  }

  *entries(): IterableIterator<[string, string]> {
    const names = [...this.#values.keys()].sort();
    for (const name of names) yield [name, this.#values.get(name)!];
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/** Fetch's Headers drop HTTP whitespace around a value (a key pasted with its newline loses it there too). */
function trimmed(value: string): string {
  return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}
