/**
 * Formats render side by side; each tells its own failures from the others' by the scope its
 * messages were reported in (diagnostics/message-scope.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { inScope, scopeOf } from '../pipeline/diagnostics/message-scope.ts';
import { report } from '../pipeline/diagnostics/report-message.ts';

describe('message scopes', () => {
  it('tags each message with the scope it was reported in, across awaits of two scopes running at once', async () => {
    const file = new VFile({ path: 'content/a.md' });
    const outside = report(file, 'error', 'Before any scope.', 'internal-error');
    await Promise.all([
      inScope('pdf', async () => {
        await sleep(20);
        report(file, 'error', 'The handout failed.', 'pdf-browser');
      }),
      inScope('epub', async () => {
        report(file, 'error', 'The chapter failed.', 'epub-chapter');
        await sleep(40);
        report(file, 'warning', 'Later in the e-book.', 'epub-chapter');
      }),
    ]);
    const byReason = Object.fromEntries(file.messages.map((message) => [message.reason, scopeOf(message)]));
    expect(scopeOf(outside)).toBeUndefined();
    expect(byReason).toEqual({
      'Before any scope.': undefined,
      'The handout failed.': 'pdf',
      'The chapter failed.': 'epub',
      'Later in the e-book.': 'epub',
    });
  });
});
