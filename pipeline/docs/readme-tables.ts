/**
 * The README's generated parts: the lint rule table with each rule's examples, and the table of
 * the other message ids, both from the message catalogue and the preset. `make docs` writes
 * them; tests/readme.test.ts fails when README.md is out of date.
 */
import { stringify } from 'yaml';
import { catalogue, messageIds, type MessageId, type MessageSpec } from '../diagnostics/catalogue.ts';
import { preset } from '../lint/preset.ts';
import type { Rule, RuleExample } from '../lint/rule.ts';

/** A generated part: the text between `<!-- name:start -->` and `<!-- name:end -->`. */
interface Part {
  name: string;
  render(): string;
}

const parts: readonly Part[] = [
  { name: 'rules', render: rulesPart },
  { name: 'messages', render: messagesPart },
];

/**
 * Replace every generated part of the README with its current text.
 *
 * @param readme README.md as it is.
 * @returns README.md as it should be.
 * @throws When a part's markers are missing, so a moved marker is noticed.
 */
export function updateReadme(readme: string): string {
  let text = readme;
  for (const part of parts) {
    const start = `<!-- ${part.name}:start -->`;
    const end = `<!-- ${part.name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md lacks the markers ${start} … ${end}`);
    text = `${text.slice(0, from + start.length)}\n${part.render()}${text.slice(to)}`;
  }
  return text;
}

function severityText(spec: MessageSpec): string {
  return spec.severity === 'graded' ? 'warning / error' : spec.severity;
}

function rulesPart(): string {
  const rows = preset.map((rule) => `| [\`${rule.id}\`](#rule-${rule.id}) | ${severityText(catalogue[rule.id])} | ${cell(catalogue[rule.id].summary)} |`);
  return [
    '| id | default | checks |',
    '| --- | --- | --- |',
    ...rows,
    '',
    'Each rule’s examples are its tests: `tests/rule-examples.test.ts` lints each one with that rule alone (an example',
    'may trip other rules) and again through every rule on a tree without positions. They run with',
    '`lint.today: 2026-11-25`, next to an article `neck-pain.md` (sections “Set up your desk” and “Stretches”) and an',
    'image `images/spine.jpg`; the expected messages are given as `line:column`.',
    '',
    ...preset.flatMap(ruleExamples),
  ].join('\n');
}

function ruleExamples(rule: Rule): string[] {
  return [`<details id="rule-${rule.id}"><summary><code>${rule.id}</code>: ${rule.examples.length} examples</summary>`, '', ...rule.examples.flatMap(example), '</details>', ''];
}

function example(item: RuleExample): string[] {
  const expected = item.messages.length === 0 ? 'no messages' : item.messages.map((place) => `\`${place}\``).join(', ');
  const config = item.config ? ['With `pressroom.yaml`:', '', '```yaml', stringify(item.config).trimEnd(), '```', ''] : [];
  const fence = '`'.repeat(Math.max(3, ...[...item.markdown.matchAll(/`+/g)].map((run) => run[0].length + 1)));
  return [`**${escapeHtml(item.name)}** → ${expected}`, '', ...config, `${fence}markdown`, item.markdown.trimEnd(), fence, ''];
}

const kindText: Record<Exclude<MessageSpec['kind'], 'rule'>, string> = {
  article: 'an article',
  config: 'the config',
  render: 'an article or the config',
};

function messagesPart(): string {
  const rows = messageIds
    .filter((id): id is Exclude<MessageId, never> => catalogue[id].kind !== 'rule')
    .map((id) => {
      const spec: MessageSpec = catalogue[id];
      const on = kindText[spec.kind as Exclude<MessageSpec['kind'], 'rule'>];
      return `| \`${id}\` | ${severityText(spec)} | ${on} | ${cell(spec.summary)} [more](${spec.section}) |`;
    });
  return ['| id | severity | on | meaning |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
