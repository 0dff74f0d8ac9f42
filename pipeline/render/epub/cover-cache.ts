/**
 * Drawn covers kept between builds: drawing one starts the browser and renders a 1600×2560 page,
 * which a rebuild after an edit to a chapter should not pay. A cover is stored in the output
 * folder under the fingerprint of everything it is drawn from (pressroom's code, templates and
 * fonts, the cover template, the book's words), so a changed input draws it again. Covers no book
 * of the build used are removed.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { codeFingerprint, fingerprint } from '../../build/build-cache.ts';
import { writeIfChanged } from '../../build/write.ts';

const FOLDER = '.pressroom-covers';

/** The covers of one build. */
export class CoverCache {
  private readonly used = new Set<string>();

  /** @param outDir The output folder. */
  constructor(private readonly outDir: string) {}

  /**
   * A cover drawn before from the same inputs, else a new drawing, stored.
   *
   * @param inputs What the drawing depends on besides pressroom itself (template text, the book's words).
   * @param draw Draws the cover (PNG bytes).
   * @returns PNG bytes.
   */
  async cover(inputs: string[], draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const name = `${fingerprint([await codeFingerprint(), ...inputs])}.png`;
    this.used.add(name);
    const file = path.join(this.outDir, FOLDER, name);
    const stored = await readFile(file).catch(() => undefined);
    if (stored) return stored;
    const png = await draw();
    // A cover that cannot be stored is drawn again next time.
    await mkdir(path.dirname(file), { recursive: true })
      .then(() => writeIfChanged(file, png))
      .catch(() => undefined);
    return png;
  }

  /** Remove the covers no book of this build used. */
  async prune(): Promise<void> {
    const names = await readdir(path.join(this.outDir, FOLDER)).catch(() => []);
    for (const name of names.filter((entry) => !this.used.has(entry))) await rm(path.join(this.outDir, FOLDER, name), { force: true });
  }
}
