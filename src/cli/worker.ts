/**
 * Worker thread entry: build the engine from `workerData`, then answer tasks
 * from the pool (`pool.ts`) one at a time.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {createEngine, describeError, type EngineConfig} from './engine.js'
import {UsageError} from './io.js'
import type {WorkerReply, WorkerTask} from './pool.js'

const port = parentPort
if (port) {
  const engine = createEngine(workerData as EngineConfig)
  // Keep a failed start from being an unhandled rejection before the first task.
  engine.catch(() => undefined)

  port.on('message', async function (message: {readonly id: number; readonly task: WorkerTask}) {
    let reply: WorkerReply
    try {
      const ready = await engine
      const value =
        message.task.type === 'document' ? ready.cleanDocument(message.task.task) : ready.cleanBatch(message.task.task)
      reply = {id: message.id, ok: true, value}
    } catch (error) {
      reply = {id: message.id, ok: false, message: describeError(error), usage: error instanceof UsageError}
    }
    port.postMessage(reply)
  })
}
