/**
 * Proves the hostile suite can fail (issue 15, item 3): for each deliberately
 * broken build of broken-builds.mjs, copies the project's sources to a temporary
 * folder, applies the build's patches there, builds that copy into its own dist,
 * and runs test/e2e/hostile.e2e.test.ts against it (LISEUSE_HOSTILE_DIST), for
 * the classes the build must be caught by. It passes when every one of those
 * classes fails its test in that browser, a payload of the class named in the
 * failure; it prints what each broken build was caught by. The shipped code and
 * dist/ are never touched.
 *
 *   npm run test:hostile-mutations              every broken build
 *   npm run test:hostile-mutations -- page-clone styles-kept
 *   npm run test:hostile-mutations -- --dry     patch and build only
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROKEN_BUILDS } from './broken-builds.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// --dry: only patch and build each broken build (do the patches still apply after a refactor?).
const dry = process.argv.includes('--dry');
const wanted = process.argv.slice(2).filter((a) => a !== '--dry');
const builds = wanted.length ? BROKEN_BUILDS.filter((b) => wanted.includes(b.name)) : BROKEN_BUILDS;
if (wanted.length && builds.length !== wanted.length) throw new Error(`unknown broken build in ${wanted.join(', ')}`);

/** Every source file under `dir`. */
const sourceFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

/** How many times `find` (a string or a global RegExp) occurs in `text`. */
const count = (text, find) => (typeof find === 'string' ? text.split(find).length - 1 : (text.match(find) ?? []).length);

/**
 * Applies `patch` to the one file of `src` that holds its `find` (`times` times,
 * once by default); throws otherwise, so a patch that a refactor left behind fails
 * loudly. `importFrom` names an export to import into the patched file, from
 * whichever file of `src` exports it.
 */
function applyPatch(src, patch) {
  const times = patch.times ?? 1;
  const files = sourceFiles(src);
  const hits = files.filter((f) => count(readFileSync(f, 'utf8'), patch.find) > 0);
  if (hits.length !== 1) throw new Error(`patch does not apply (${hits.length} files hold it): ${patch.find}`);
  const text = readFileSync(hits[0], 'utf8');
  if (count(text, patch.find) !== times)
    throw new Error(`patch found ${count(text, patch.find)} times, not ${times}, in ${hits[0]}: ${patch.find}`);
  let out = typeof patch.find === 'string' ? text.replaceAll(patch.find, () => patch.replace) : text.replace(patch.find, patch.replace);
  if (patch.importFrom) {
    const from = files.find((f) => new RegExp(`export function ${patch.importFrom}\\b`).test(readFileSync(f, 'utf8')));
    if (!from) throw new Error(`no file of src exports ${patch.importFrom}`);
    const path = relative(dirname(hits[0]), from).replace(/\.tsx?$/, '');
    out += `\nimport { ${patch.importFrom} } from '${path.startsWith('.') ? path : `./${path}`}';\n`;
  }
  writeFileSync(hits[0], out + (patch.append ?? ''));
  return relative(src, hits[0]);
}

/** A copy of what the build needs, patched; returns its folder. */
function patchedCopy(build) {
  const dir = mkdtempSync(join(tmpdir(), `liseuse-broken-${build.name}-`));
  for (const part of ['src', 'scripts', 'public', 'manifest.json', 'vite.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const files = build.patches.map((p) => applyPatch(join(dir, 'src'), p));
  console.log(`${build.name}: ${build.breaks}\n  patched ${[...new Set(files)].join(', ')}`);
  return dir;
}

const run = (cmd, args, options) => spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });

const results = [];
for (const build of builds) {
  const dir = patchedCopy(build);
  try {
    const built = run(process.execPath, [join(dir, 'scripts', 'build.mjs')], { cwd: dir });
    if (built.status !== 0) throw new Error(`${build.name}: build failed\n${built.stderr}`);
    if (dry) continue;
    const report = join(dir, 'report.jsonl');
    for (const browser of ['chromium', 'firefox']) {
      const classes = build.catches[browser];
      if (!classes.length) continue;
      // Test names are "<browser> <item> in <wrapping>: …", an item "<class>+<class>…[.<variant marker>]".
      const filter = `^${browser} ([\\w+-]*\\+)?(${classes.join('|')})(\\+[\\w+-]*)?(\\.[\\w-]+)? in `;
      const started = Date.now();
      run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'test/e2e/hostile.e2e.test.ts', '-t', filter], {
        cwd: root,
        env: { ...process.env, LISEUSE_HOSTILE_DIST: join(dir, 'dist'), LISEUSE_HOSTILE_REPORT: report },
      });
      const rows = existsSync(report)
        ? readFileSync(report, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l))
        : [];
      for (const cls of classes) {
        const mine = rows.filter((r) => r.browser === browser && r.item.split('.')[0].split('+').includes(cls));
        const caught = mine.filter((r) => r.foundClasses[cls]?.length);
        const markers = [...new Set(caught.flatMap((r) => r.foundClasses[cls]))];
        results.push({
          build: build.name,
          browser,
          cls,
          tested: mine.length,
          caughtIn: [...new Set(caught.map((r) => r.wrapping))],
          markers,
        });
      }
      console.log(`  ${browser}: ${Math.round((Date.now() - started) / 1000)} s`);
      rmSync(report, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (dry) {
  console.log(`\nEvery patch applies and all ${builds.length} broken builds build (--dry: the suite was not run).`);
  process.exit(0);
}
let missed = 0;
console.log('\nbroken build         browser   class             caught in (wrappings)                          payloads named');
for (const r of results) {
  const ok = r.tested > 0 && r.caughtIn.length > 0;
  if (!ok) missed++;
  console.log(
    `${ok ? ' ' : '✗'} ${r.build.padEnd(20)} ${r.browser.padEnd(9)} ${r.cls.padEnd(17)} ${(r.caughtIn.join(', ') || (r.tested ? 'NOT CAUGHT' : 'NOT RUN')).padEnd(46)} ${r.markers.length}: ${r.markers.slice(0, 4).join(' ')}${r.markers.length > 4 ? ' …' : ''}`,
  );
}
if (missed) {
  console.error(`\n${missed} class(es) not caught by a broken build that lets them through: the suite looks in the wrong place.`);
  process.exit(1);
}
console.log('\nEvery broken build was caught, each class by name.');
