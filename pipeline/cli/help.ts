/**
 * `--help` text, generated from the flag declarations.
 */
import { commands, globalFlags, type CommandSpec, type FlagSpec } from './flags.ts';

function flagLines(flags: readonly FlagSpec[]): string[] {
  const left = flags.map((flag) => `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`);
  const width = Math.max(...left.map((text) => text.length)) + 2;
  return flags.map((flag, index) => `  ${left[index].padEnd(width)}${flag.description}`);
}

/**
 * Help for the whole CLI or one command.
 *
 * @param command Command to describe, or undefined for the overview.
 * @param version Package version.
 * @returns Help text.
 */
export function helpText(command: CommandSpec | undefined, version: string): string {
  if (command) {
    return [`Usage: ${command.usage}`, '', command.summary + '.', '', 'Options:', ...flagLines([...command.flags, globalFlags[0]]), ''].join('\n');
  }
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `pressroom ${version}: validated patient-education articles as web pages, PDF handouts and e-books.`,
    '',
    'Usage: pressroom <command> [paths…] [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    ...flagLines(globalFlags),
    '',
    'Paths are Markdown files or folders (searched for *.md); the default is content/.',
    'Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or config problems.',
    '',
  ].join('\n');
}
