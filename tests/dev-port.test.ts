/**
 * `pressroom dev` refuses a port that is in use with a message naming it and what to do (exit 2),
 * and rejects a port that is not a number as a usage error; neither leaves a signal handler behind.
 */
import { createServer } from 'node:net';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

describe('pressroom dev --port', () => {
  it('names a port in use and exits 2', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-dev-port-'));
    await cp(path.join(fixturesDir, 'build'), path.join(dir, 'content'), { recursive: true });
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as import('node:net').AddressInfo;
    const listeners = process.listenerCount('SIGINT');
    try {
      const { code, stdout, stderr } = await run(['dev', '--format', 'html', '--port', String(port)], dir);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`pressroom: cannot listen on 127.0.0.1:${port} (in use or not allowed); choose another with --port, or leave it out for a free one`);
      expect(process.listenerCount('SIGINT')).toBe(listeners);
    } finally {
      busy.close();
    }
  }, 120_000);

  it('rejects a port that is not a whole number', async () => {
    const { code, stderr } = await run(['dev', '--port', 'eighty'], fixturesDir);
    expect(code).toBe(2);
    expect(stderr).toContain('Unexpected value `eighty` for --port, expected a whole number from 0 to 65535 (0 picks a free port)');
  });
});
