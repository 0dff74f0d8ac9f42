/**
 * What `pressroom dev` knows about each page after a rebuild: the findings of the article it
 * was made from, whether the article is published, and its freshly rebuilt handout. The server
 * reads this to decorate pages with the overlay and to answer for an article that failed.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { BuildResult } from '../build.ts';
import type { ArticleStatus } from '../content/library.ts';
import { severityOf, type MessageSeverity } from '../diagnostics/severity.ts';
import { sortedMessages } from '../diagnostics/sorted-messages.ts';
import '../types.ts';

/** One message, as the overlay shows it. */
interface Finding {
  ruleId: string;
  severity: MessageSeverity;
  line?: number;
  column?: number;
  message: string;
}

/** A file and its findings. */
export interface FileFindings {
  /** The file's path as the terminal report names it (relative to the working directory). */
  file: string;
  findings: Finding[];
}

/** What the server knows about one page of the web edition. */
export interface PageReport extends FileFindings {
  status: ArticleStatus;
  /** The handout's URL relative to the web edition's root, when this build made one. */
  handout?: string;
}

/** The state of the last rebuild. */
export interface DevState {
  /** By page path relative to the web edition's folder (`knee-pain.html`). */
  pages: ReadonlyMap<string, PageReport>;
  /** Problems of the config and of the build as a whole, shown on every page. */
  general: FileFindings[];
  /** Nothing could be built (the config has errors, the build failed): every page shows `general`. */
  blocked: boolean;
}

/**
 * The findings of a file, in reading order.
 *
 * @param file A checked or rendered file.
 * @returns Its findings and its path.
 */
function fileFindings(file: VFile): FileFindings {
  return {
    file: file.path,
    findings: sortedMessages(file).map((message) => ({
      ruleId: message.ruleId ?? message.source ?? 'pressroom',
      severity: severityOf(message),
      line: message.line,
      column: message.column,
      message: message.reason,
    })),
  };
}

/**
 * Index a build's result by page.
 *
 * @param result What the build returned.
 * @param htmlDir Absolute folder of the web edition.
 * @returns The state the server shows.
 */
export function pageReports(result: BuildResult, htmlDir: string): DevState {
  const pages = new Map<string, PageReport>();
  for (const entry of result.library?.entries ?? []) {
    if (!entry.inRun || !entry.slug) continue;
    const { file } = entry;
    const html = file.data.outputs?.html;
    const page = html ? path.relative(htmlDir, html).split(path.sep).join('/') : `${entry.slug}.html`;
    const handout = file.data.outputs?.pdf && html ? `handouts/${entry.slug}.pdf` : undefined;
    pages.set(page, { ...fileFindings(file), status: entry.status, handout });
  }
  const general: FileFindings[] = [];
  const configFile = result.source?.file ?? result.configFile;
  const inLibrary = new Set(result.files);
  for (const file of [...(configFile ? [configFile] : []), ...result.extra]) {
    if (inLibrary.has(file) || file.messages.length === 0) continue;
    general.push(fileFindings(file));
  }
  return { pages, general: mergeByFile(general), blocked: !result.config };
}

/** One entry per path: the e-books put config messages on files of their own. */
function mergeByFile(list: FileFindings[]): FileFindings[] {
  const byFile = new Map<string, FileFindings>();
  for (const item of list) {
    const known = byFile.get(item.file);
    if (!known) byFile.set(item.file, { file: item.file, findings: [...item.findings] });
    else for (const finding of item.findings) if (!known.findings.some((f) => JSON.stringify(f) === JSON.stringify(finding))) known.findings.push(finding);
  }
  return [...byFile.values()];
}
