/**
 * A small pool of reused browser pages. Opening a page costs more than printing a short
 * handout, so the build keeps a few open and hands them out in turn, replacing each after
 * a number of prints so that memory stays flat however many handouts there are.
 */

export interface PagePoolOptions<T> {
  /** Open a new page (already sandboxed). */
  open: () => Promise<T>;
  /** Close a page; errors are ignored (the browser may be gone). */
  close: (item: T) => Promise<void>;
  /** Most pages open at once. */
  size: number;
  /**
   * Prints after which a page is closed and a fresh one opened: a page that prints every
   * handout keeps growing (fonts, layout caches), and replacing it keeps memory flat.
   */
  maxUses?: number;
}

/** Pages handed out one at a time; a page that broke is closed instead of reused. */
export class PagePool<T> {
  readonly #options: PagePoolOptions<T>;
  readonly #idle: T[] = [];
  readonly #waiting: Array<() => void> = [];
  readonly #uses = new Map<T, number>();
  #open = 0;
  #closed = false;

  /**
   * @param options How to open and close pages, and how many to keep.
   */
  constructor(options: PagePoolOptions<T>) {
    this.#options = options;
  }

  /**
   * Take an idle page, open one while under the limit, else wait for one.
   *
   * @returns A page; give it back with `release`.
   */
  async acquire(): Promise<T> {
    for (;;) {
      if (this.#closed) throw new Error('The page pool is closed');
      const idle = this.#idle.pop();
      if (idle !== undefined) return idle;
      if (this.#open < this.#options.size) {
        this.#open += 1;
        try {
          return await this.#options.open();
        } catch (error) {
          this.#open -= 1;
          this.#wake();
          throw error;
        }
      }
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
  }

  /**
   * Give a page back.
   *
   * @param item The page from `acquire`.
   * @param reusable False when the page timed out, crashed or is otherwise suspect: it is closed.
   */
  async release(item: T, reusable: boolean): Promise<void> {
    const uses = (this.#uses.get(item) ?? 0) + 1;
    const worn = this.#options.maxUses !== undefined && uses >= this.#options.maxUses;
    if (reusable && !worn && !this.#closed) {
      this.#uses.set(item, uses);
      this.#idle.push(item);
    } else {
      this.#uses.delete(item);
      this.#open -= 1;
      await this.#options.close(item).catch(() => undefined);
    }
    this.#wake();
  }

  /** Forget every idle page without closing it (its browser is gone), so new ones are opened. */
  discardIdle(): void {
    for (const item of this.#idle) this.#uses.delete(item);
    this.#open -= this.#idle.length;
    this.#idle.length = 0;
    this.#wake();
  }

  /** Close the idle pages and refuse further use. */
  async close(): Promise<void> {
    this.#closed = true;
    const idle = this.#idle.splice(0);
    for (const item of idle) this.#uses.delete(item);
    this.#open -= idle.length;
    await Promise.all(idle.map((item) => this.#options.close(item).catch(() => undefined)));
    for (const wake of this.#waiting.splice(0)) wake();
  }

  #wake(): void {
    this.#waiting.shift()?.();
  }
}
