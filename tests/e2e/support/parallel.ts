/**
 * Run `task` on every item with at most `width` tasks at once, each task given one of `width`
 * workers (for example one browser page each, opened once and reused). The browser tests spend most
 * of their time waiting for Chromium: walking every page of the site two or three at a time keeps
 * both cores busy where one at a time leaves them half idle. Resolves once every task is done;
 * rejects with the first error, after the tasks already started have ended.
 * @example await inParallel(paths, pages, async (path, page) => { await page.goto(base + path); })
 */
export async function inParallel<Item, Worker>(
  items: readonly Item[],
  workers: readonly Worker[],
  task: (item: Item, worker: Worker) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: unknown;
  await Promise.all(
    workers.map(async (worker) => {
      while (failure === undefined && next < items.length) {
        const item = items[next++]!;
        try {
          await task(item, worker);
        } catch (error) {
          failure ??= error;
        }
      }
    }),
  );
  if (failure !== undefined) throw failure;
}

/** How many pages the tests that walk the whole site open at once. */
export const SITE_WALK_WIDTH = 3;

/**
 * Lends workers (browser pages opened in a `beforeAll`, so that they outlive each test) to tests
 * that run at once (`test.concurrent`): each test borrows one for its whole run and gives it back.
 * @example const pool = lendingPool(); beforeAll(async () => pool.add(await newPage()));
 *   test.concurrent.for(paths)('%s', (path) => pool.use(async (page) => { await page.goto(path); }));
 */
export function lendingPool<Worker>() {
  const idle: Worker[] = [];
  const waiting: ((worker: Worker) => void)[] = [];
  const giveBack = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  return {
    /** Put a worker in the pool. */
    add: giveBack,
    /** Run `task` with a worker of the pool, waiting for one to be free. */
    async use<T>(task: (worker: Worker) => Promise<T>): Promise<T> {
      const worker = idle.pop() ?? (await new Promise<Worker>((lend) => waiting.push(lend)));
      try {
        return await task(worker);
      } finally {
        giveBack(worker);
      }
    },
  };
}
