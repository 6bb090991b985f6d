// "Did you mean …?": the closest candidate by edit distance, when one is close enough.

export function suggest(
  text: string,
  candidates: readonly string[],
  maxDistance = Math.max(2, Math.floor(text.length / 4)),
): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // This runs for every variable of the environment, so it is on the start-up path: a candidate
    // stops as soon as it cannot beat the best one so far (or be close enough).
    const bound = Math.min(maxDistance, best ? best.distance - 1 : maxDistance);
    const distance = editDistance(text, candidate, bound);
    if (distance <= bound) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Levenshtein distance of a and b, or bound + 1 as soon as it is known to exceed bound. */
export function editDistance(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
  // The length difference is a lower bound of the distance: most candidates stop here.
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  let next = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (next[j]! < smallest) smallest = next[j]!;
    }
    // Every later row is at least the smallest of this one.
    if (smallest > bound) return bound + 1;
    [row, next] = [next, row];
  }
  return Math.min(row[b.length]!, bound + 1);
}
