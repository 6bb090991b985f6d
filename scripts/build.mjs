// Builds the CLI as one bundled ESM file (start-up is dominated by module resolution; see
// ../shared/recipes/fast-startup.md). Heavy modules are loaded with import() and split out.
// `--docs` regenerates docs/codes/ from the catalogue.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { __VERSION__: JSON.stringify(version) },
  // CommonJS dependencies bundled into ESM need a require().
  banner: { js: "import { createRequire as __cdRequire } from 'node:module'; const require = __cdRequire(import.meta.url);" },
  logLevel: 'warning',
  minify: true,
  alias: { assert: join(root, 'scripts/shims/assert.mjs') },
  charset: 'utf8',
};

if (process.argv.includes('--docs')) {
  const outfile = join(root, 'dist/docs-page.js');
  await build({ ...common, entryPoints: [join(root, 'src/docs-page.ts')], outfile });
  const { CODES, codePage } = await import(outfile);
  const dir = join(root, 'docs/codes');
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.md')) rmSync(join(dir, file));
  for (const code of CODES) writeFileSync(join(dir, `${code.replace('/', '-')}.md`), codePage(code));
  console.log(`wrote ${CODES.length} pages to docs/codes/`);
} else {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: { cli: join(root, 'src/bin.ts') },
    outdir: join(root, 'dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
}
