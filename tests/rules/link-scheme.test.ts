import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, frontmatter, lintMarkdown, ofRule, placesOf, testConfig, type Found } from '../helpers/lint-markdown.ts';

const config = testConfig({}, path.join(fixturesDir, 'rules'));

const placed = (found: Found[]) => placesOf(found, 'link-scheme');

const at = (line: number, column = 1) => ({ ruleId: 'link-scheme', line, column, severity: 'error' });

describe('link-scheme', () => {
  it('accepts web, e-mail, phone, relative and anchor links, autolinks and definitions', async () => {
    const body = [
      '[Clinic](https://clinic.example.org/back) and [old site](http://clinic.example.org)',
      '[Write to us](mailto:frontdesk@clinic.example.org) or [call](tel:+15550100).',
      '[Stretches](stretches.md#warm-up), [form](forms/intake.pdf), [top](#causes).',
      '<https://clinic.example.org/hours> www.clinic.example.org frontdesk@clinic.example.org',
      'See [the guide][guide].',
      '',
      '[guide]: https://clinic.example.org/guide',
    ].join('\n');
    expect(placed(await lintMarkdown(`${frontmatter()}${body}\n`, config))).toEqual([]);
  });

  it('reports script, data, file and other schemes, however they are disguised', async () => {
    const body = [
      '[a](javascript:alert(1))', // 9
      '[b](JaVaScRiPt:alert(1))', // 10
      '[c](<java\tscript:alert(1)>)', // 11: a tab inside the scheme
      '[d](java&#10;script:alert(1))', // 12: an encoded newline
      '[e](&#106;avascript:alert(1))', // 13: an encoded letter
      '<javascript:alert(1)>', // 14: an autolink
      '[f](data:text/html;base64,PHNjcmlwdD4=)', // 15
      '[g](vbscript:msgbox(1))', // 16
      '[h](file://server/share/intake.pdf)', // 17
      '[i](ftp://files.example.org/intake.pdf)', // 18
      '[j](java\u200Bscript:alert(1))', // 19: a zero-width space
    ].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map((line) => at(line)));
    const reasons = ofRule(found, 'link-scheme').map((m) => m.reason);
    expect(reasons[0]).toMatch(/^Unexpected `javascript:` link `javascript:alert\(1\)`, expected `https:`/);
    expect(reasons[2]).toContain('`javascript:` link `java\\tscript:alert(1)`');
    expect(reasons[3]).toContain('`javascript:` link `java\\nscript:alert(1)`');
    expect(reasons[6]).toMatch(/^Unexpected `data:` link/);
    expect(reasons[7]).toMatch(/^Unexpected `vbscript:` link/);
    expect(reasons[8]).toMatch(/^Unexpected `file:` link .*one computer’s disk/);
    expect(reasons[9]).toMatch(/^Unexpected `ftp:` link/);
  });

  it('reports protocol-relative links and malformed web links', async () => {
    const body = ['Get [the form](//cdn.example.org/intake.pdf).', '', '[Clinic](https:/clinic.example.org)'].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([at(9, 5), at(11, 1)]);
    const [relative, malformed] = ofRule(found, 'link-scheme').map((m) => m.reason);
    expect(relative).toMatch(/^Unexpected protocol-relative link `\/\/cdn.example.org\/intake.pdf`.*`https:\/\/cdn.example.org\/intake.pdf`/);
    expect(malformed).toMatch(/^Unexpected malformed web link `https:\/clinic.example.org`/);
  });

  it('reports a definition at the definition, and leaves definitions only images use to image-source', async () => {
    const body = ['See [the leaflet][leaflet].', '', '![Spine diagram][spine]', '', '[leaflet]: vbscript:msgbox(1)', '[spine]: data:image/png;base64,iVBORw0KGgo='].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([at(13)]);
    expect(ofRule(found, 'image-source').map((m) => [m.line, m.column])).toEqual([[11, 1]]);
  });
});
