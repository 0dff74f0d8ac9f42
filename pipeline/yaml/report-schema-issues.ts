/**
 * Turn zod issues into messages placed on the YAML node they are about:
 * the unknown key itself, the wrong value, or the mapping that lacks a required key.
 */
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import type { z } from 'zod';
import type { VFile } from 'vfile';
import type { ParsedYaml } from './parse-yaml.ts';
import { findValue, rangeOf } from './yaml-place.ts';
import { report, type MessageId } from '../diagnostics/report-message.ts';

type PathKey = PropertyKey;

/**
 * Report every issue of a failed parse on `file`.
 *
 * @param issues Issues from `safeParse`.
 * @param schema The schema that produced them (used for "did you mean" suggestions).
 * @param yaml The parsed YAML with its ranges.
 * @param file File that receives the messages.
 * @param ruleId Rule id of the messages.
 * @param what How to name the document in messages ("frontmatter", "config").
 */
export function reportSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  yaml: ParsedYaml,
  file: VFile,
  ruleId: MessageId,
  what: string,
): void {
  // A misspelt key is one problem, not two: skip "missing `reviewed`" when `reviwed` is reported.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schema, issue.path);
    for (const key of issue.keys) {
      const suggestion = didYouMean(String(key), known);
      if (suggestion) suggested.add(dotted([...issue.path, suggestion]));
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) reportUnknownKey([...issue.path, key], known, yaml, file, ruleId, what);
      continue;
    }
    if (issue.code === 'invalid_key') {
      // A key of a record (a content type's name) that the key schema refuses: point at the key.
      const pair = findPair(yaml, issue.path);
      const reason = issue.issues.map((inner) => inner.message).find((message) => !message.startsWith('Invalid')) ?? 'not allowed here';
      report(file, 'error', `Unexpected key \`${dotted(issue.path)}\` in ${what}: ${reason}`, ruleId, rangeOf(yaml, pair?.key as YamlNode | undefined));
      continue;
    }
    const node = findValue(yaml, issue.path);
    if (node === undefined && suggested.has(dotted(issue.path))) continue;
    if (node === undefined) {
      // The value is missing: point at the mapping that should hold it.
      const parentPair = issue.path.length > 1 ? findPair(yaml, issue.path.slice(0, -1)) : undefined;
      const place = rangeOf(yaml, (parentPair?.key as YamlNode | undefined) ?? (yaml.doc.contents as YamlNode | undefined));
      const key = dotted(issue.path);
      const why = issue.code === 'custom' ? `${issue.message}: ` : '';
      report(file, 'error', `${why}Missing required key \`${key}\` in ${what}; add \`${String(issue.path.at(-1))}:\` with a value`, ruleId, place);
      continue;
    }
    if (issue.code === 'custom') {
      report(file, 'error', `${issue.message} (\`${dotted(issue.path)}\` in ${what})`, ruleId, rangeOf(yaml, node));
      continue;
    }
    report(file, 'error', `Unexpected value for \`${dotted(issue.path)}\` in ${what}: ${describe(issue)}`, ruleId, rangeOf(yaml, node));
  }
}

/**
 * Report a key that is not allowed, at the key, suggesting the nearest known key.
 *
 * @param path Path of the key, the key last.
 * @param known Keys allowed in its mapping.
 * @param yaml The parsed YAML with its ranges.
 * @param file File that receives the message.
 * @param ruleId Rule id of the message.
 * @param what How to name the document in messages.
 * @param why What to do instead of the usual suggestion, when there is a better one.
 */
export function reportUnknownKey(path: readonly PathKey[], known: readonly string[], yaml: ParsedYaml, file: VFile, ruleId: MessageId, what: string, why?: string): void {
  const pair = findPair(yaml, path);
  const suggestion = didYouMean(String(path.at(-1)!), known);
  const hint =
    why ??
    (suggestion
      ? `did you mean \`${suggestion}\`?`
      : known.length > 0
        ? `expected one of ${known.map((k) => `\`${k}\``).join(', ')}`
        : 'remove it');
  report(file, 'error', `Unexpected unknown key \`${dotted(path)}\` in ${what}; ${hint}`, ruleId, rangeOf(yaml, pair?.key as YamlNode | undefined));
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'object' ? 'a mapping of keys' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
    case 'invalid_format':
      // zod's own wording ("Invalid ISO date") does not say what to write.
      return issue.format === 'date' && issue.message === 'Invalid ISO date' ? 'expected a date written YYYY-MM-DD' : issue.message.replace(/^Invalid input: /, '');
    case 'too_small':
    case 'too_big': {
      if (!/^Too (small|big): /.test(issue.message)) return issue.message;
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const atLeast = issue.code === 'too_small';
      if (issue.origin === 'number') return `expected a number ${atLeast ? '≥' : '≤'} ${String(bound)}`;
      if (issue.origin === 'string') return atLeast && Number(bound) === 1 ? 'expected some text, not an empty value' : `expected ${atLeast ? 'at least' : 'at most'} ${String(bound)} characters`;
      if (issue.origin === 'array') return `expected ${atLeast ? 'at least' : 'at most'} ${String(bound)} item${Number(bound) === 1 ? '' : 's'} in the list`;
      return issue.message;
    }
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function dotted(path: readonly PathKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

function findPair(yaml: ParsedYaml, path: readonly PathKey[]): Pair | undefined {
  let node: unknown = yaml.doc.contents;
  let pair: Pair | undefined;
  for (const key of path) {
    if (isMap(node)) {
      pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      node = pair?.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      pair = undefined;
    } else {
      return undefined;
    }
    if (node === undefined && pair === undefined) return undefined;
  }
  return pair;
}

/** Keys the schema accepts at `path`, unwrapping optional, default, array and record layers. */
function knownKeys(schema: z.ZodType, path: readonly PathKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { _zod?: { def: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type as string)) current = def.innerType;
      else if (def.type === 'pipe') current = def.in;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(key)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
    if (!current) return [];
  }
  unwrap();
  const def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}
