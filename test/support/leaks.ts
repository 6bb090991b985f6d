// What counts as a leak of a generated key: any run of `size` characters of its body (after its
// known prefix; the redacted form shows the prefix and the last 4 characters only).
import { TEXT_SHAPES } from '../../src/data/key-shapes.js';

export function fragmentLeaked(output: string, key: string, size = 8): string | undefined {
  const prefix = TEXT_SHAPES.find((s) => key.startsWith(s.prefix))?.prefix ?? '';
  for (let i = prefix.length; i + size <= key.length; i++) {
    const piece = key.slice(i, i + size);
    if (output.includes(piece)) return piece;
  }
  return undefined;
}

/** `::add-mask::<secret>` lines print a key on purpose: GitHub hides it from the rest of the log. */
export function withoutMasks(output: string): string {
  return output
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
