/**
 * A fixed pool of worker threads running the engine (`worker.ts`): tasks go
 * to the first idle worker, or wait in a queue.
 */
import {Worker} from 'node:worker_threads'
import type {BatchOutcome, DocumentOutcome, DocumentTask, EngineConfig, RecordBatch} from './engine.js'

/** A task for a worker. */
export type WorkerTask =
  | {readonly type: 'document'; readonly task: DocumentTask}
  | {readonly type: 'batch'; readonly task: RecordBatch}

/** A worker's answer. */
export type WorkerReply =
  | {readonly id: number; readonly ok: true; readonly value: DocumentOutcome | BatchOutcome}
  | {readonly id: number; readonly ok: false; readonly message: string; readonly usage: boolean}

/** A pool of workers. */
export interface WorkerPool {
  /** Run a task on the next idle worker. */
  readonly run: (task: WorkerTask) => Promise<DocumentOutcome | BatchOutcome>
  /** Stop every worker. */
  readonly close: () => Promise<undefined>
}

/** A task waiting for, or running on, a worker. */
interface Job {
  readonly id: number
  readonly task: WorkerTask
  readonly resolve: (value: DocumentOutcome | BatchOutcome) => void
  readonly reject: (error: Error) => void
}

/**
 * Start `size` workers that each build an engine from `config`.
 *
 * @param size
 *   Worker count.
 * @param config
 *   Engine settings, sent as `workerData`.
 * @param script
 *   The worker module (default: `cli-worker.js` next to this module, as built).
 * @returns
 *   The pool.
 */
export function createWorkerPool(
  size: number,
  config: EngineConfig,
  script: URL = new URL('cli-worker.js', import.meta.url)
): WorkerPool {
  const idle: Worker[] = []
  const running = new Map<Worker, Job>()
  const queue: Job[] = []
  let failure: Error | undefined
  let nextId = 0
  let closing = false

  /**
   * Give queued jobs to idle workers.
   *
   * @returns
   *   Nothing.
   */
  function dispatch(): undefined {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()
      const job = queue.shift()
      if (!worker || !job) break
      running.set(worker, job)
      worker.postMessage({id: job.id, task: job.task})
    }
  }

  /**
   * Fail every job: a worker died, so the pool cannot promise order anymore.
   *
   * @param error
   *   Why.
   * @returns
   *   Nothing.
   */
  function fail(error: Error): undefined {
    failure ??= error
    for (const job of [...running.values(), ...queue]) job.reject(failure)
    running.clear()
    queue.length = 0
  }

  for (let index = 0; index < size; index++) {
    const worker = new Worker(script, {workerData: config})
    worker.on('message', function (reply: WorkerReply) {
      const job = running.get(worker)
      running.delete(worker)
      idle.push(worker)
      if (job) {
        if (reply.ok) job.resolve(reply.value)
        else job.reject(reply.usage ? Object.assign(new Error(reply.message), {usage: true}) : new Error(reply.message))
      }
      dispatch()
    })
    worker.on('error', function (error) {
      fail(error)
    })
    worker.on('exit', function (code) {
      if (!closing) fail(new Error('a worker thread stopped unexpectedly (exit code ' + code + ')'))
    })
    idle.push(worker)
  }

  return {
    run(task) {
      return new Promise(function (resolve, reject) {
        if (failure) {
          reject(failure)
          return
        }
        queue.push({id: nextId++, task, resolve, reject})
        dispatch()
      })
    },
    async close() {
      closing = true
      await Promise.all([...idle, ...running.keys()].map((worker) => worker.terminate()))
    }
  }
}
