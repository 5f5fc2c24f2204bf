/**
 * One interface over the two ways to run the engine: on the main thread
 * (`--jobs 1`) or on a pool of worker threads.
 */
import type {BatchOutcome, DocumentOutcome, DocumentTask, Engine, EngineConfig, RecordBatch} from './engine.js'
import {UsageError} from './io.js'
import {createWorkerPool} from './pool.js'

/** Something that cleans documents and record batches. */
export interface Runner {
  /** Clean one document. */
  readonly cleanDocument: (task: DocumentTask) => Promise<DocumentOutcome>
  /** Clean a batch of records. */
  readonly cleanBatch: (batch: RecordBatch) => Promise<BatchOutcome>
  /** How many tasks to keep in flight: enough to keep every worker busy. */
  readonly concurrency: number
  /** Release the workers. */
  readonly close: () => Promise<undefined>
}

/**
 * Create a runner.
 *
 * @param engine
 *   The main thread's engine (already loaded, so options are checked).
 * @param config
 *   Its config, for the workers.
 * @param jobs
 *   Worker count; 1 runs on the main thread.
 * @returns
 *   The runner.
 */
export function createRunner(engine: Engine, config: EngineConfig, jobs: number): Runner {
  if (jobs <= 1) {
    return {
      async cleanDocument(task) {
        return engine.cleanDocument(task)
      },
      async cleanBatch(batch) {
        return engine.cleanBatch(batch)
      },
      concurrency: 1,
      async close() {
        return undefined
      }
    }
  }

  const pool = createWorkerPool(jobs, config)
  return {
    async cleanDocument(task) {
      return (await run({type: 'document', task})) as DocumentOutcome
    },
    async cleanBatch(batch) {
      return (await run({type: 'batch', task: batch})) as BatchOutcome
    },
    // Two tasks per worker: one running, one waiting, so none idles between.
    concurrency: jobs * 2,
    close: pool.close
  }

  /**
   * Run on the pool, turning a worker's usage error back into a `UsageError`.
   *
   * @param task
   *   Task.
   * @returns
   *   Outcome.
   */
  async function run(task: Parameters<typeof pool.run>[0]): Promise<DocumentOutcome | BatchOutcome> {
    try {
      return await pool.run(task)
    } catch (error) {
      if (error instanceof Error && 'usage' in error) throw new UsageError(error.message)
      throw error
    }
  }
}
