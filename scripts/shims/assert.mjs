// yargs imports node:assert for two internal sanity checks; loading node:assert costs ~2.5 ms of
// start-up (it creates the stderr stream for its colours). These two functions are all yargs uses.
export function strictEqual(actual, expected, message) {
  if (actual !== expected) throw new Error(message ?? `${String(actual)} !== ${String(expected)}`);
}
export function notStrictEqual(actual, expected, message) {
  if (actual === expected) throw new Error(message ?? `${String(actual)} === ${String(expected)}`);
}
export default { strictEqual, notStrictEqual };
