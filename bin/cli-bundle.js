/**
 * The CLI precompiled to JavaScript, so that a run does not pay for tsx compiling and loading
 * some 260 TypeScript modules through its loader hooks (about half a second of CPU).
 *
 * esbuild bundles pipeline/cli.ts (split at its lazy `import()`s, so `lint` still loads only
 * what it needs; npm packages stay outside and load as usual, but for a few retext plugins, see
 * `makeBundle`) into a folder of the git-ignored
 * `node_modules/.cache/pressroom/`, named by a hash of everything it is made from: every
 * pipeline source, package.json, package-lock.json, the esbuild version and the project folder.
 * Any edit makes a new folder on the next run. A folder is made under a temporary name and
 * renamed when complete, and its manifest lists each file's hash: a folder that is incomplete,
 * edited or damaged is not used (and is made again). When the bundle cannot be made or read,
 * the caller falls back to tsx.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Bumped when the way the bundle is made changes. */
const FORMAT = 1;
const MANIFEST = 'manifest.json';
/** The tree walkers that pipeline/lint/walk.ts stands in for. */
const WALKERS = new Set(['unist-util-visit', 'unist-util-visit-parents']);
/** Packages bundled so that their tree walks are pipeline/lint/walk.ts (see `makeBundle`). */
const FAST_WALK_PACKAGES = new Set(['nlcst-search', 'retext-simplify', 'retext-passive', 'retext-indefinite-article', 'retext-repeated-words']);
/** Older bundles are removed after this long: a run that started from one may still load its lazy chunks. */
const KEEP_MS = 60 * 60 * 1000;

/**
 * Every file the bundle is made from, relative to the project, in a stable order.
 *
 * @param root Project folder.
 * @returns Relative POSIX paths.
 */
function sourceFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.ts')) found.push(relative);
    }
  };
  walk('pipeline');
  return [...found.sort(), 'package.json', 'package-lock.json', 'tsconfig.json'];
}

/**
 * The key of the bundle for the sources as they are now.
 *
 * @param root Project folder.
 * @returns A hex hash (a folder name).
 */
function bundleKey(root) {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${root}\0${esbuildVersion()}\0`);
  for (const file of sourceFiles(root)) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update('\0missing\0');
    }
  }
  return hash.digest('hex').slice(0, 24);
}

function esbuildVersion() {
  try {
    return JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  } catch {
    return 'none';
  }
}

function sha(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The entry of a complete, intact bundle folder.
 *
 * @param dir Bundle folder.
 * @returns The entry's path, or undefined when the folder is missing, incomplete or changed.
 */
function intactEntry(dir) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
    for (const [file, hash] of Object.entries(manifest.files)) {
      if (sha(readFileSync(path.join(dir, file))) !== hash) return undefined;
    }
    return manifest.files[manifest.entry] ? path.join(dir, manifest.entry) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bundle the CLI into `dir` (made under a temporary name, then renamed).
 *
 * @param root Project folder.
 * @param dir The bundle folder to make.
 * @returns The entry's path.
 */
async function makeBundle(root, dir) {
  const esbuild = await import('esbuild');
  const temporary = `${dir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  // Modules that find their templates and fonts from `import.meta.url` keep their own address.
  const ownAddress = {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      }));
    },
  };
  // npm packages load from node_modules as usual, except the retext plugins that walk every
  // article's prose tree with unist-util-visit: they are bundled, and their walk is
  // pipeline/lint/walk.ts (the same calls, tests/walk.test.ts; without a closure per node).
  const packages = {
    name: 'packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.split('/').slice(0, args.path.startsWith('@') ? 2 : 1).join('/');
        if (WALKERS.has(args.path) && /[\\/]node_modules[\\/]/.test(args.importer)) return { path: path.join(root, 'pipeline', 'lint', 'walk.ts') };
        if (FAST_WALK_PACKAGES.has(name)) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'pipeline/cli.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: temporary,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'silent',
    write: false,
    plugins: [packages, ownAddress],
  });
  mkdirSync(temporary, { recursive: true });
  const files = {};
  for (const output of result.outputFiles) {
    writeFileSync(output.path, output.contents);
    files[path.relative(temporary, output.path)] = sha(output.contents);
  }
  writeFileSync(path.join(temporary, MANIFEST), JSON.stringify({ entry: 'cli.mjs', files }));
  try {
    renameSync(temporary, dir);
  } catch (error) {
    // Another run made it first: use theirs when it is whole.
    rmSync(temporary, { recursive: true, force: true });
    if (!intactEntry(dir)) throw error;
  }
  return path.join(dir, 'cli.mjs');
}

/**
 * The precompiled CLI for the sources as they are now, made if needed; older bundles are removed.
 *
 * @param root Project folder (holding pipeline/cli.ts); this project by default.
 * @param cacheDir Folder of the bundles; by default inside node_modules (git-ignored, gone after a fresh `npm ci`).
 * @returns The entry's absolute path, or undefined when it cannot be made (the caller uses tsx).
 */
export async function precompiledCli(root = projectRoot, cacheDir = path.join(root, 'node_modules', '.cache', 'pressroom')) {
  try {
    const key = bundleKey(root);
    const dir = path.join(cacheDir, key);
    let entry = intactEntry(dir);
    if (entry) return entry;
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    entry = await makeBundle(root, dir);
    for (const name of readdirSync(cacheDir)) {
      const other = path.join(cacheDir, name);
      if (name !== key && Date.now() - statSync(other).mtimeMs > KEEP_MS) rmSync(other, { recursive: true, force: true });
    }
    return entry;
  } catch {
    return undefined;
  }
}
