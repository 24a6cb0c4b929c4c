/**
 * Runs `fn` over `items` with at most `concurrency` calls in flight. Items are pulled lazily,
 * so a generator produces the next batch while earlier ones are still being written; after the
 * first failure no new item is started and that error is thrown once the others settle.
 */
export async function forEachConcurrently<T>(items: Iterable<T>, concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  const worker = async () => {
    try {
      for (let next = iterator.next(); !failed && !next.done; next = iterator.next()) await fn(next.value);
    } catch (err) {
      failed = true;
      throw err;
    }
  };
  const results = await Promise.allSettled(Array.from({ length: concurrency }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (rejected) throw rejected.reason;
}
