/**
 * Every command and flag of the CLI, declared as data: parsing and `--help` are generated from this.
 */
import { DEFAULT_FORMATS, FORMATS, OUTPUT_FORMATS } from '../formats.ts';
import { reportFormats } from '../diagnostics/report-options.ts';

export interface FlagSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** Placeholder in help, e.g. FILE. */
  value?: string;
  description: string;
  choices?: readonly string[];
  /** A comma-separated list of choices. */
  list?: boolean;
  default?: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  flags: readonly FlagSpec[];
}

const config: FlagSpec = {
  name: 'config',
  short: 'c',
  type: 'string',
  value: 'FILE',
  description: 'Config file (default: the nearest pressroom.yaml at or above the paths, else built-in defaults)',
};

const date: FlagSpec = {
  name: 'date',
  type: 'string',
  value: 'YYYY-MM-DD',
  description: 'Reference date for freshness checks, for reproducible runs (default: today, or lint.today in the config)',
};

const verbose: FlagSpec = {
  name: 'verbose',
  type: 'boolean',
  description: 'Also print what caused each message (the stack trace of an internal error), to report a bug; build also lists the outputs that were up to date or removed',
};

const reportDescription = 'human (default), json (only JSON on stdout), github (workflow annotations) or sarif (SARIF 2.1.0 for code scanning)';

/** The report's format: `lint --format`, `build --report`, `merge --report`. */
const reportFlag = (name: string, short: string, description: string): FlagSpec => ({ name, short, type: 'string', value: 'NAME', description, choices: reportFormats, default: 'human' });

/** The output formats to build (`build`, `merge`, `dev`). */
const formatsFlag = (description: string, defaults: readonly string[] = DEFAULT_FORMATS): FlagSpec => ({
  name: 'format',
  short: 'f',
  type: 'string',
  value: 'LIST',
  description,
  choices: OUTPUT_FORMATS,
  list: true,
  default: defaults.join(','),
});

const quiet: FlagSpec = { name: 'quiet', short: 'q', type: 'boolean', description: 'Print only problems' };

export const globalFlags: readonly FlagSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', description: 'Show help (for a command: pressroom lint --help)' },
  { name: 'version', short: 'v', type: 'boolean', description: 'Show the version' },
];

export const commands: readonly CommandSpec[] = [
  {
    name: 'lint',
    summary: 'Check articles against the content contract and the content lint',
    usage: 'pressroom lint [paths…] [options]',
    flags: [
      config,
      reportFlag('format', 'f', `Report format: ${reportDescription}`),
      { name: 'max-warnings', type: 'string', value: 'N', description: 'Fail (exit 1) when there are more than N warnings' },
      { name: 'cache', type: 'string', value: 'FILE', description: 'Keep lint results in FILE and lint again only the articles whose text, config, dictionary, images or links changed' },
      { name: 'fix', type: 'boolean', description: 'Apply safe, mechanical fixes (repeated words, a/an, dashes, degree signs, quotes, spaces), then report what is left' },
      { name: 'fix-dry-run', type: 'boolean', description: 'Print the fixes --fix would make as a diff, without changing any file' },
      date,
      verbose,
    ],
  },
  {
    name: 'build',
    summary: 'Lint, then render articles without errors to the web edition, PDF handouts and e-books',
    usage: 'pressroom build [paths…] [options]',
    flags: [
      config,
      { name: 'out', short: 'o', type: 'string', value: 'DIR', description: 'Output folder (default: output)', default: 'output' },
      formatsFlag(`Formats to build, comma-separated (default: ${DEFAULT_FORMATS.join(',')}): ${OUTPUT_FORMATS.map((format) => `${format} (${FORMATS[format].summary})`).join(', ')}`),
      // `--format` names the output formats here, so the report format has its own flag.
      reportFlag('report', 'r', `Report format, as \`lint --format\`: ${reportDescription}; what was written goes to stderr with json`),
      { name: 'force', type: 'boolean', description: 'Render everything, even articles and books that did not change since the last build' },
      {
        name: 'shard',
        type: 'string',
        value: 'I/N',
        description: 'Render only the I-th of N shares of the articles (pages, handouts) and a manifest, for `pressroom merge`; every article is still checked',
      },
      quiet,
      { name: 'json', type: 'boolean', description: 'Print a JSON summary on stdout: outputs written, up to date, removed, skipped with reasons, milliseconds per stage' },
      date,
      verbose,
    ],
  },
  {
    name: 'merge',
    summary: 'Combine the output folders of `build --shard I/N` into one, then write the index, topics, search, sitemap, feed and e-books',
    usage: 'pressroom merge <shard folders…> [options]',
    flags: [
      config,
      { name: 'content', type: 'string', value: 'DIR', description: 'The content folder the shards were built from (default: content)', default: 'content' },
      { name: 'out', short: 'o', type: 'string', value: 'DIR', description: 'Output folder (default: output)', default: 'output' },
      formatsFlag(`Formats the shards built, comma-separated (default: ${DEFAULT_FORMATS.join(',')})`),
      reportFlag('report', 'r', `Report format, as \`lint --format\`: ${reportDescription}`),
      quiet,
      { name: 'json', type: 'boolean', description: 'Print a JSON summary on stdout, as `build --json`' },
      date,
      verbose,
    ],
  },
  {
    name: 'dev',
    summary: 'Build, serve the web edition on 127.0.0.1, and rebuild and reload the open page on every save',
    usage: 'pressroom dev [paths…] [options]',
    flags: [
      config,
      { name: 'out', short: 'o', type: 'string', value: 'DIR', description: 'Output folder (default: output), the same as build’s', default: 'output' },
      formatsFlag(`Formats to rebuild on save, comma-separated (default: html,pdf; the web edition is always built): ${OUTPUT_FORMATS.join(', ')}`, ['html', 'pdf']),
      { name: 'port', short: 'p', type: 'string', value: 'N', description: 'Port on 127.0.0.1 (default: a free one, printed)', default: '0' },
      date,
      verbose,
    ],
  },
  {
    name: 'new',
    summary: 'Write a new article with the required sections of its type, ready to fill in',
    usage: 'pressroom new <slug> [options]',
    flags: [
      config,
      { name: 'type', short: 't', type: 'string', value: 'TYPE', description: 'Content type (default: condition)', default: 'condition' },
      { name: 'title', type: 'string', value: 'TEXT', description: 'The title (default: a placeholder to fill in)' },
      { name: 'dir', short: 'd', type: 'string', value: 'DIR', description: 'Content folder to write into (default: content)', default: 'content' },
      { name: 'date', type: 'string', value: 'YYYY-MM-DD', description: 'The review and access dates to write (default: today)' },
    ],
  },
];
