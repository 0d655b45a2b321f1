// Fails when the SPA's first load grows past its budget, measured gzipped as browsers receive it (the server
// compresses JS): the entry chunk alone, and everything index.html makes the browser fetch before the first paint
// (the entry and the chunks it imports statically). Pages are lazy chunks and are not counted. Reads the manifest
// of the last `npm run build` (`make test-frontend` builds first when the sources changed).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1000;
// Messages only a feature's pages say are in its feature dictionary (features/<name>/i18n.ts, see lib/i18n), which
// loads with those pages: the support and grant screens' ~400 (#13) are not in the first load, so it stays in 135 kB.
const BUDGETS = { entry: 120 * KB, firstLoad: 135 * KB };

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`${manifestFile} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(join(dist, file))).length;

const [entryKey, entry] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry) ?? [];
if (!entry) {
  console.error('The manifest names no entry chunk.');
  process.exit(1);
}

const firstLoad = new Set();
const visit = (key) => {
  if (firstLoad.has(key)) return;
  firstLoad.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entryKey);

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const entrySize = gzipped(entry.file);
let firstLoadSize = 0;
for (const key of firstLoad) {
  const size = gzipped(manifest[key].file);
  firstLoadSize += size;
  console.log(`  ${manifest[key].file.padEnd(40)} ${kb(size).padStart(9)} gzipped`);
}
console.log(`entry ${kb(entrySize)} (budget ${kb(BUDGETS.entry)}), first load ${kb(firstLoadSize)} (budget ${kb(BUDGETS.firstLoad)})`);

const over = [
  entrySize > BUDGETS.entry && `the entry chunk ${entry.file} is ${kb(entrySize)} gzipped, over its ${kb(BUDGETS.entry)}`,
  firstLoadSize > BUDGETS.firstLoad && `the first load is ${kb(firstLoadSize)} gzipped, over its ${kb(BUDGETS.firstLoad)}`,
].filter(Boolean);
if (over.length) {
  for (const line of over) console.error(line);
  console.error('Load the new code where it is used (a lazy page or a dynamic import) rather than from the shell.');
  process.exit(1);
}
