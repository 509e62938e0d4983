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
