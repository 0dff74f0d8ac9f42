/**
 * Shard manifests: what `build --shard I/N` wrote (written here after the shard's build), and
 * the merge's side: read the manifests of a complete set of shards, check every hash and that
 * the shares cover the library exactly once, and copy the shards' files into one output folder.
 * The merge then renders the shared parts itself from the content (build.ts).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './output-error.ts';
import { writeIfChanged } from './write.ts';
import { shardOf, SHARD_MANIFEST, type Shard, type ShardManifest } from './shard.ts';
import type { Library } from '../content/library.ts';

/** A merge refused because the shards do not make one complete, consistent build; the message says what to do. */
export class MergeRefused extends OutputError {}

const toPosix = (file: string) => file.split(path.sep).join('/');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every visible file under the output folder (the hidden caches and manifests stay behind).
 *
 * @param outDir Absolute output folder.
 * @returns Paths relative to it, `/`-separated, sorted, with their SHA-256.
 */
async function hashOutputs(outDir: string): Promise<Record<string, string>> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => toPosix(path.relative(outDir, path.join(entry.parentPath, entry.name))))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
  const hashes: Record<string, string> = {};
  for (const file of files) hashes[file] = sha256(await readFile(path.join(outDir, file)));
  return hashes;
}

/**
 * Write a shard's manifest.
 *
 * @param outDir The shard's output folder.
 * @param manifest Everything but the files, which are hashed here.
 */
export async function writeShardManifest(outDir: string, manifest: Omit<ShardManifest, 'version' | 'files'>): Promise<void> {
  const full: ShardManifest = { version: 1, ...manifest, files: await hashOutputs(outDir) };
  await writeIfChanged(path.join(outDir, SHARD_MANIFEST), `${JSON.stringify(full, null, 1)}\n`);
}

/** A shard's folder with its manifest. */
interface ShardFolder {
  dir: string;
  manifest: ShardManifest;
}

const name = (shard: Shard) => `${shard.index}/${shard.count}`;

/**
 * Read and cross-check the shards' manifests (before the content is checked): one complete set
 * of N, every listed file present with its recorded hash, no two shards with different bytes
 * for one file.
 *
 * @param dirs The shards' output folders (absolute).
 * @returns The shards, in index order.
 * @throws MergeRefused naming the folder and what to do.
 */
export async function readShards(dirs: readonly string[]): Promise<ShardFolder[]> {
  const shards: ShardFolder[] = [];
  for (const dir of dirs) {
    let manifest: ShardManifest;
    try {
      manifest = JSON.parse(await readFile(path.join(dir, SHARD_MANIFEST), 'utf8')) as ShardManifest;
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new MergeRefused(`${dir} is not the output of a shard (${missing ? `no ${SHARD_MANIFEST}` : `${SHARD_MANIFEST} is not readable JSON`}); build it with \`pressroom build --shard I/N --out ${dir}\``);
    }
    if (manifest.version !== 1 || !manifest.shard || !manifest.files || !manifest.articles) {
      throw new MergeRefused(`${path.join(dir, SHARD_MANIFEST)} is not a shard manifest of this pressroom version; build the shard again`);
    }
    shards.push({ dir, manifest });
  }
  if (shards.length === 0) throw new MergeRefused('No shard folders given; expected `pressroom merge DIR… --out DIR` with the output folder of every shard');
  const count = shards[0].manifest.shard.count;
  const other = shards.find(({ manifest }) => manifest.shard.count !== count);
  if (other) throw new MergeRefused(`${other.dir} is shard ${name(other.manifest.shard)} but ${shards[0].dir} is shard ${name(shards[0].manifest.shard)}: every shard of a merge must come from the same --shard I/N count`);
  const byIndex = new Map<number, ShardFolder>();
  for (const shard of shards) {
    const twin = byIndex.get(shard.manifest.shard.index);
    if (twin) throw new MergeRefused(`${twin.dir} and ${shard.dir} are both shard ${name(shard.manifest.shard)}: their shares overlap; give each shard's folder once`);
    byIndex.set(shard.manifest.shard.index, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new MergeRefused(`The set of shards is incomplete: ${missing.map((index) => `${index}/${count}`).join(', ')} missing; build ${missing.length === 1 ? 'it' : 'them'} with \`pressroom build --shard I/${count}\` and give every shard's folder`);
  }
  const owner = new Map<string, { hash: string; dir: string }>();
  for (const { dir, manifest } of shards) {
    for (const [file, hash] of Object.entries(manifest.files)) {
      const bytes = await readFile(path.join(dir, file)).catch(() => undefined);
      if (!bytes || sha256(bytes) !== hash) {
        throw new MergeRefused(`${path.join(dir, file)} is ${bytes ? 'not the file shard ' + name(manifest.shard) + ' wrote (its hash differs)' : 'missing'}; download the shard's artifact again or build the shard again`);
      }
      const first = owner.get(file);
      if (first && first.hash !== hash) throw new MergeRefused(`${file} differs between ${first.dir} and ${dir}: the shards overlap or were built from different content; build every shard again`);
      owner.set(file, { hash, dir });
    }
  }
  return shards.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index);
}

/**
 * Check that the shards were built from this content and together cover every published
 * article exactly once, then copy their files into the output folder.
 *
 * @param shards The shards from readShards.
 * @param library The merge's own check of the content.
 * @param contentDir The content folder (manifests name articles relative to it).
 * @param sourceKey The merge's fingerprint of pressroom, config, content and SOURCE_DATE_EPOCH.
 * @param outDir The merged output folder.
 * @returns Every file copied (absolute), and each article's outputs (`file.data.outputs`, absolute) by its `file.path`.
 * @throws MergeRefused naming the shard or article and what to do.
 */
export async function copyShards(shards: readonly ShardFolder[], library: Library, contentDir: string, sourceKey: string, outDir: string): Promise<{ copied: string[]; outputs: Map<string, Record<string, string>> }> {
  for (const { dir, manifest } of shards) {
    if (manifest.sourceKey !== sourceKey) {
      throw new MergeRefused(`${dir} (shard ${name(manifest.shard)}) was built from other content, config, SOURCE_DATE_EPOCH or pressroom version than this checkout; build every shard and the merge from the same commit`);
    }
  }
  const count = shards[0].manifest.shard.count;
  const outputs = new Map<string, Record<string, string>>();
  for (const { file } of library.published) {
    const source = toPosix(path.relative(contentDir, path.resolve(file.cwd, file.path)));
    const entry = library.byPath.get(path.resolve(file.cwd, file.path))!;
    const expected = shardOf(entry, count);
    const holders = shards.filter(({ manifest }) => manifest.articles[source]);
    if (holders.length !== 1 || holders[0].manifest.shard.index !== expected) {
      const found = holders.map(({ manifest }) => name(manifest.shard)).join(' and ') || 'no shard';
      throw new MergeRefused(`${source} belongs to shard ${expected}/${count} but ${found} rendered it; build the shards again from the same commit`);
    }
    const unlisted = Object.values(holders[0].manifest.articles[source]).find((output) => !(output in holders[0].manifest.files));
    if (unlisted) throw new MergeRefused(`${holders[0].dir} names ${unlisted} as an output of ${source} but holds no such file; build shard ${name(holders[0].manifest.shard)} again`);
    outputs.set(file.path, Object.fromEntries(Object.entries(holders[0].manifest.articles[source]).map(([kind, output]) => [kind, path.join(outDir, output)])));
  }
  const copied: string[] = [];
  for (const { dir, manifest } of shards) {
    for (const file of Object.keys(manifest.files)) {
      const target = path.join(outDir, file);
      await writeIfChanged(target, await readFile(path.join(dir, file)));
      copied.push(target);
    }
  }
  return { copied, outputs };
}
