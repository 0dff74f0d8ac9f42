/**
 * Parse YAML keeping every node's source range, so schema errors can point at the
 * exact line and column of the offending key or value (not a regex over key names).
 */
import { Lexer, LineCounter, parseDocument, type Document } from 'yaml';
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
  // One mistake makes the parser report a cascade (a tab on each indented line, a bad indent as
  // two errors, running out of stack once per level): the first error is the mistake, the rest
  // follow from it, so say only the first.
  const [error] = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  if (error) {
    // The parser notices an unclosed quote at the end of the text: point at the quote that opened it.
    const opened = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuote(text) : undefined;
    const start = pointAt(text, lineCounter, opened ?? error.pos[0]);
    const end = pointAt(text, lineCounter, opened === undefined ? Math.max(error.pos[1], error.pos[0]) : opened + 1);
    const reason = describeYamlError(error.code, error.message);
    report(file, 'error', `${reason}; fix the YAML syntax`, ruleId, {
      start: { line: start.line + lineOffset, column: start.column },
      end: { line: end.line + lineOffset, column: end.column },
    });
  }
  return doc.errors.length > 0 ? undefined : { doc, lineCounter, lineOffset };
}

/** Offset of the first quoted scalar that never closes, from the lexer's tokens. */
function unclosedQuote(text: string): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // Document, flow-error and scalar markers stand for no source text.
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    if ((token[0] === '"' || token[0] === "'") && (token.length < 2 || token.at(-1) !== token[0])) return offset;
    offset += token.length;
  }
  return undefined;
}

/**
 * The line and column of an offset, never past the end of its line or of the text: the yaml
 * library's positions after a bad token can lie beyond both.
 *
 * @param text The YAML text.
 * @param lineCounter The parse's line counter.
 * @param offset Offset into the text.
 * @returns 1-based line and column.
 */
function pointAt(text: string, lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  // A text ending with a newline has an empty last "line" that no editor shows.
  const count = lines.length > 1 && lines.at(-1) === '' ? lines.length - 1 : lines.length;
  const position = lineCounter.linePos(Math.min(Math.max(offset, 0), text.length));
  const line = Math.min(Math.max(position.line, 1), count);
  const length = lines[line - 1]!.length;
  return { line, column: line < position.line ? length + 1 : Math.min(Math.max(position.col, 1), length + 1) };
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
