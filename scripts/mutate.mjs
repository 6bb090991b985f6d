// `npm run mutate`: StrykerJS, after dropping the static survivors from its incremental file.
// Stryker's incremental mode tests a survivor again only when a test that covers it is added. A static
// mutant (module-level code: a constant regular expression, a table) has no per-test coverage, so no
// new test ever counts for it and it stays "survived" until --force, whatever the tests now do
// (documented as a limitation; stryker-js issues #4372 and #6119). Dropped from the file, they are new
// mutants to Stryker and are tested again: a few runs of the (narrowed) suite, not a full run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const INCREMENTAL = 'reports/mutation/stryker-incremental.json';

if (existsSync(INCREMENTAL)) {
  const report = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
  let dropped = 0;
  for (const file of Object.values(report.files ?? {})) {
    const kept = file.mutants.filter((m) => !(m.static && m.status === 'Survived'));
    dropped += file.mutants.length - kept.length;
    file.mutants = kept;
  }
  if (dropped) {
    writeFileSync(INCREMENTAL, JSON.stringify(report));
    console.log(`mutate: ${dropped} static survivor(s) will be tested again`);
  }
}

const stryker = spawnSync('stryker', ['run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(stryker.status ?? 1);
