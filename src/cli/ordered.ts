/**
 * Map an input sequence through asynchronous work, several items at a time,
 * yielding results in input order.
 */

/** A settled piece of work. */
type Settled<Value> = {readonly ok: true; readonly value: Value} | {readonly ok: false; readonly error: unknown}

/**
 * Run `work` on up to `limit` items at once and yield the results in the
 * order of `source`.
 *
 * The source is pulled only when fewer than `limit` items are in flight, and
 * results are yielded only when the consumer asks: memory holds at most
 * `limit` items and results, and a slow consumer slows the source down.
 *
 * @param source
 *   Items.
 * @param work
 *   Asynchronous work per item.
 * @param limit
 *   Most items in flight (at least 1).
 * @returns
 *   Results, in order. The first failure is thrown when its turn comes.
 * @example
 *   for await (const text of mapOrdered(batches, runOnWorker, 4)) write(text)
 */
export async function* mapOrdered<Item, Value>(
  source: AsyncIterable<Item> | Iterable<Item>,
  work: (item: Item) => Promise<Value>,
  limit: number
): AsyncGenerator<Value> {
  const queue: Array<Promise<Settled<Value>>> = []
  const iterator = isAsyncIterable(source) ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]())
  let done = false

  while (true) {
    while (!done && queue.length < Math.max(1, limit)) {
      const next = await iterator.next()
      if (next.done) {
        done = true
        break
      }
      // Settle every promise at once so a failure that waits its turn is not
      // an unhandled rejection.
      queue.push(
        work(next.value).then(
          (value): Settled<Value> => ({ok: true, value}),
          (error: unknown): Settled<Value> => ({ok: false, error})
        )
      )
    }
    const head = queue.shift()
    if (!head) return
    const settled = await head
    if (!settled.ok) throw settled.error
    yield settled.value
  }
}

/**
 * Whether a value is async iterable.
 *
 * @param value
 *   Source.
 * @returns
 *   Whether it has `Symbol.asyncIterator`.
 */
function isAsyncIterable<Item>(value: AsyncIterable<Item> | Iterable<Item>): value is AsyncIterable<Item> {
  return Symbol.asyncIterator in value
}

/**
 * Wrap a sync iterator as an async one.
 *
 * @param iterator
 *   Sync iterator.
 * @returns
 *   Async iterator.
 */
function toAsync<Item>(iterator: Iterator<Item>): AsyncIterator<Item> {
  return {
    async next() {
      return iterator.next()
    }
  }
}
