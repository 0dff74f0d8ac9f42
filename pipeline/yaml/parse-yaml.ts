/**
 * Parse YAML keeping every node's source range, so schema errors can point at the
 * exact line and column of the offending key or value (not a regex over key names).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { report, type MessageId } from '../diagnostics/report-message.ts';

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Lines before the YAML text in the file (1 for frontmatter after `---`). */
  lineOffset: number;
}

/**
 * Parse `text` and report YAML syntax errors on `file` at their own positions.
 *
 * @param text YAML source.
 * @param file File that receives the messages.
 * @param lineOffset Lines of the file that precede `text`.
 * @param ruleId Rule id for syntax errors.
 * @returns The parsed document, or undefined when it has syntax errors.
 */
export function parseYaml(text: string, file: VFile, lineOffset: number, ruleId: MessageId): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  // logLevel 'error': yaml's warnings (unknown tags, collection keys) would go to stderr as Node warnings.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  // Running out of stack is reported once per nesting level as it unwinds: say it once.
  const errors = doc.errors.filter((error, index) => error.code !== 'RESOURCE_EXHAUSTION' || doc.errors.findIndex((e) => e.code === error.code) === index);
  for (const error of errors) {
    // yaml's offsets can lie one past the end of the text (an unclosed quote): keep them in it.
    const start = lineCounter.linePos(Math.min(error.pos[0], text.length));
    const end = lineCounter.linePos(Math.min(Math.max(error.pos[1], error.pos[0]), text.length));
    const reason = describeYamlError(error.code, error.message);
    report(file, 'error', `${reason}; fix the YAML syntax`, ruleId, {
      start: { line: start.line + lineOffset, column: start.col },
      end: { line: end.line + lineOffset, column: end.col },
    });
  }
  return doc.errors.length > 0 ? undefined : { doc, lineCounter, lineOffset };
}

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Unexpected duplicate key (each key may appear once)';
    case 'TAB_AS_INDENT':
      return 'Unexpected tab used for indentation, expected spaces';
    case 'RESOURCE_EXHAUSTION':
      return 'Unexpected YAML nested too deeply to read (lists or mappings inside each other), expected a flatter structure';
    default:
      return `Invalid YAML: ${firstLine}`;
  }
}
