// "Did you mean …?": the closest candidate by edit distance, when one is close enough.

export function suggest(
  text: string,
  candidates: readonly string[],
  maxDistance = Math.max(2, Math.floor(text.length / 4)),
): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // The length difference is a lower bound of the distance: most candidates stop here. This runs
    // for every variable of the environment, so it is on the start-up path.
    if (Math.abs(candidate.length - text.length) > Math.min(maxDistance, best?.distance ?? maxDistance)) continue;
    const distance = editDistance(text, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= maxDistance ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
