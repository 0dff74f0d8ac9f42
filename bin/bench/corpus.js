// A deterministic benchmark corpus: N condition articles derived from the sample (content/),
// each with a table, an image, every directive and links to its neighbours, 800–2,000 words,
// plus a config with one e-book of every article. Same N, same bytes.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TOPICS = ['back', 'neck', 'shoulder', 'hip', 'knee', 'ankle', 'wrist', 'elbow', 'foot', 'jaw'];
const KINDS = ['spasms', 'strain', 'stiffness', 'pain', 'weakness', 'swelling', 'cramps', 'soreness', 'tightness', 'aches'];

/**
 * @param {string} root The repository (for the sample article, config and image).
 * @param {string} dir Empty folder to write the corpus into.
 * @param {number} n Number of articles.
 * @returns {string[]} Article paths, in order.
 */
export function writeCorpus(root, dir, n) {
  const sample = readFileSync(path.join(root, 'content', 'lower-back-spasms.md'), 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(sample);
  const sections = body.split(/\n(?=### )/);
  const causes = sections.filter((s) => s.startsWith('### ') && !/\n## /.test(s)).slice(0, 7);
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  copyFileSync(path.join(root, 'tests', 'fixtures', 'html', 'images', 'knee-to-chest.png'), path.join(dir, 'images', 'knee-to-chest.png'));
  copyFileSync(path.join(root, 'content', 'dictionary.txt'), path.join(dir, 'dictionary.txt'));
  const slugs = Array.from({ length: n }, (_, i) => `condition-${String(i + 1).padStart(4, '0')}`);
  const files = [];
  slugs.forEach((slug, i) => {
    const topic = TOPICS[i % TOPICS.length];
    const kind = KINDS[Math.floor(i / TOPICS.length) % KINDS.length];
    const title = `${topic[0].toUpperCase()}${topic.slice(1)} ${kind} that stop you from moving, part ${i + 1}`;
    // 0–3 extra copies of the "Causes" sub-sections make articles from about 800 to 2,000 words.
    const extra = Array.from({ length: i % 4 }, (_, k) => causes.map((s) => s.replace(/^### (.*)/, `### $1, more (${k + 1})`)).join('\n')).join('\n');
    const next = slugs[(i + 1) % n];
    const fm = frontmatter
      .replace(/^title: .*/m, `title: ${title}`)
      .replace(/^tags: .*/m, `tags: [${topic}, ${kind}]`)
      .replace(/^  maxPages: \d+/m, '  maxPages: 6')
      .replace(/^    maxPages: \d+/m, '    maxPages: 20');
    const text = `---\n${fm}\n---\n${body
      .replace('## When to get emergency care', `${extra}\n\n## When to get emergency care`)
      .replace(
        '## Prevention',
        `| Remedy | How long | How often |\n| --- | --- | --- |\n| Heat | 15 minutes | Three times a day |\n| Cold | 20 minutes | After activity |\n| Stretches | 10 minutes | Twice a day |\n\n` +
          `![A person lying on their back pulling one knee to the chest](images/knee-to-chest.png)\n\n` +
          `:::note\nMost spasms get better in a few days. Read about [the next topic](${next}.md) too.\n:::\n\n` +
          `:::only{format="pdf"}\nKeep this handout on your fridge.\n:::\n\n## Prevention`,
      )}`;
    const file = path.join(dir, `${slug}.md`);
    writeFileSync(file, text);
    files.push(file);
  });
  // One e-book of every article: the sample's first book, its chapter list replaced (the other
  // books list sample articles the corpus does not have).
  const sampleConfig = readFileSync(path.join(root, 'content', 'pressroom.yaml'), 'utf8');
  const [settings, books] = sampleConfig.split(/^books:\n/m);
  const firstBook = books.split(/^  - id:/m)[1];
  const config = `${settings}books:\n  - id:${firstBook.replace(/^    chapters:\n(?:      - .*\n?)*/m, `    chapters:\n${slugs.map((slug) => `      - ${slug}\n`).join('')}`)}`;
  writeFileSync(path.join(dir, 'pressroom.yaml'), config);
  return files;
}
