/** Run the CLI in this process, as a terminal-less user would, and keep what it prints. */
import { main } from '../../pipeline/cli.ts';

/**
 * @param args The command line after `pressroom`.
 * @param cwd The folder it runs in.
 * @returns The exit code and everything printed on stdout and stderr, uncoloured.
 */
export async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, color: false, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}
