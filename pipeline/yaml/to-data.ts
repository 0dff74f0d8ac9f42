/**
 * YAML document → plain data, refusing alias bombs ("billion laughs") with a message
 * instead of an exception.
 */
import type { VFile } from 'vfile';
import type { ParsedYaml } from './parse-yaml.ts';
import { report, type MessageId } from '../diagnostics/report-message.ts';

/**
 * @param yaml Parsed document.
 * @param file File for the message.
 * @param ruleId Rule id of the message.
 * @returns The data (null for an empty document), or undefined when it cannot be expanded.
 */
export function toData(yaml: ParsedYaml, file: VFile, ruleId: MessageId = 'frontmatter-syntax'): unknown {
  try {
    return yaml.doc.toJS({ maxAliasCount: 100 }) ?? null;
  } catch (error) {
    report(file, 'error', `Unexpected YAML that cannot be expanded (${(error as Error).message}); remove the anchors and aliases (\`&name\`, \`*name\`)`, ruleId, {
      line: yaml.lineOffset + 1,
      column: 1,
    });
    return undefined;
  }
}
