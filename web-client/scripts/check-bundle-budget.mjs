// The first page's JavaScript budget: what a phone downloads before it can show the sign-in page.
// That is the entry chunk, the sign-in route's chunk, and every chunk they import statically
// (followed transitively through dist/.vite/manifest.json). Each is measured compressed as the Host
// serves it (Brotli, and gzip for older clients); the build fails when Brotli exceeds the budget.
//   node scripts/check-bundle-budget.mjs [distDir]     BUDGET_KB overrides the 250 KB budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const webClient = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.resolve(process.argv[2] ?? path.join(webClient, 'dist'));
const budgetKb = Number(process.env.BUDGET_KB ?? 250);
// The route a visitor lands on first (/ sends a signed-out visitor to /login).
const FIRST_PAGE_MODULE = 'src/features/account/pages/LoginPage.tsx';

const manifestPath = path.join(dist, '.vite', 'manifest.json');
if (!fs.existsSync(manifestPath)) {
  console.error(`bundle budget: no ${path.relative(webClient, manifestPath)}; run \`npm run build\` (build.manifest) first.`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) {
  console.error('bundle budget: the manifest names no entry chunk.');
  process.exit(1);
}
const roots = [entryKey];
if (manifest[FIRST_PAGE_MODULE]) roots.push(FIRST_PAGE_MODULE);
else if (!(manifest[entryKey].imports ?? []).length) {
  console.warn(`bundle budget: ${FIRST_PAGE_MODULE} has no chunk of its own; counting the entry and its imports.`);
}

const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
roots.forEach(visit);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [...files].filter((f) => f.endsWith('.js')).map((file) => {
  const raw = fs.readFileSync(path.join(dist, file));
  const br = zlib.brotliCompressSync(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  return { file, raw: raw.length, br, gz };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, br: t.br + r.br, gz: t.gz + r.gz }), { raw: 0, br: 0, gz: 0 });

console.log(`First page's JavaScript (${FIRST_PAGE_MODULE.replace('src/', '')} and what loads with it):`);
for (const r of rows.sort((a, b) => b.br - a.br)) {
  console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} KB raw ${kb(r.br).padStart(7)} KB br ${kb(r.gz).padStart(7)} KB gzip`);
}
console.log(`  ${'total'.padEnd(48)} ${kb(total.raw).padStart(8)} KB raw ${kb(total.br).padStart(7)} KB br ${kb(total.gz).padStart(7)} KB gzip`);
const ok = total.br <= budgetKb * 1024;
console.log(JSON.stringify({ figure: 'first_page_js_br_kb', value: Number(kb(total.br)), gzip_kb: Number(kb(total.gz)), target: budgetKb, ok }));
if (!ok) {
  console.error(`bundle budget: the first page's JavaScript is ${kb(total.br)} KB Brotli, over the ${budgetKb} KB budget.`);
  process.exit(1);
}
