/**
 * The example GitHub Actions workflow for sharded builds parses and has the matrix, the
 * artifacts and the merge job the README describes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const SHARDS = 4;

describe('the example GitHub Actions workflow', () => {
  it('parses, builds a matrix of 4 shards with artifacts and merges them in a job that needs them all', async () => {
    const workflow = parse(await readFile(path.join(root, 'examples', 'github-actions', 'pressroom-shards.yml'), 'utf8'));
    expect(workflow.env.SHARDS).toBe(SHARDS);
    expect(workflow.jobs.build.strategy.matrix.shard).toEqual([1, 2, 3, 4]);
    const buildRuns = workflow.jobs.build.steps.map((step: { run?: string; uses?: string }) => step.run ?? step.uses);
    expect(buildRuns).toContain('npx pressroom build content --shard ${{ matrix.shard }}/${{ env.SHARDS }} --out shard --report github');
    const upload = workflow.jobs.build.steps.find((step: { uses?: string }) => step.uses === 'actions/upload-artifact@v4');
    expect(upload.with).toMatchObject({ path: 'shard', 'include-hidden-files': true });
    // Shards and merge take the same SOURCE_DATE_EPOCH: the commit's time.
    for (const job of [workflow.jobs.build, workflow.jobs.merge]) expect(job.steps.map((step: { run?: string }) => step.run)).toContain('echo "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" >> "$GITHUB_ENV"');
    expect(workflow.jobs.merge.needs).toBe('build');
    const mergeSteps = workflow.jobs.merge.steps.map((step: { run?: string; uses?: string }) => step.run ?? step.uses);
    expect(mergeSteps).toContain('actions/download-artifact@v4');
    expect(mergeSteps).toContain('npx pressroom merge shards/pressroom-shard-* --content content --out output --report github');
  });
});
