/**
 * argv → command, paths and flag values, from the declarations in flags.ts.
 */
import { parseArgs } from 'node:util';
import { commands, globalFlags, type CommandSpec, type FlagSpec } from './flags.ts';

export interface ParsedArgs {
  command?: CommandSpec;
  paths: string[];
  values: Record<string, string | boolean | undefined>;
}

export class UsageError extends Error {}

/**
 * Parse the arguments.
 *
 * @param argv Arguments after the executable and script.
 * @returns The command and its values.
 * @throws UsageError with a message for people.
 */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const [first, ...rest] = argv;
  const command = commands.find((c) => c.name === first);
  if (first && !first.startsWith('-') && !command) {
    throw new UsageError(`Unknown command \`${first}\`; expected one of ${commands.map((c) => `\`${c.name}\``).join(', ')}`);
  }
  const flags: readonly FlagSpec[] = [...globalFlags, ...(command?.flags ?? [])];
  const options = Object.fromEntries(flags.map((flag) => [flag.name, { type: flag.type, ...(flag.short ? { short: flag.short } : {}) }]));
  let parsed;
  try {
    parsed = parseArgs({ args: command ? rest : argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const values: Record<string, string | boolean | undefined> = { ...parsed.values };
  for (const flag of flags) {
    values[flag.name] ??= flag.default;
    const value = values[flag.name];
    if (typeof value !== 'string' || !flag.choices) continue;
    const items = flag.list ? value.split(',').map((item) => item.trim()).filter(Boolean) : [value];
    const bad = items.find((item) => !flag.choices!.includes(item));
    if (bad !== undefined || items.length === 0) {
      throw new UsageError(`Unexpected value \`${value}\` for --${flag.name}, expected ${flag.list ? 'a comma-separated list of ' : ''}${flag.choices.join(', ')}`);
    }
  }
  if (!command && parsed.positionals.length > 0) {
    throw new UsageError(`Unknown command \`${parsed.positionals[0]}\``);
  }
  return { command, paths: parsed.positionals, values };
}
