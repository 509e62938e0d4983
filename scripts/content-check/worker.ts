import { Worker } from 'node:worker_threads';
import type { BodyJob } from './markdown.ts';
import type { Problem } from './problems.ts';

// One worker thread checks the texts, one at a time, so that a text that would take minutes can be
// stopped: JavaScript running in the main thread cannot be interrupted. The worker is kept between
// runs (starting one loads remark and Sätteri again) and never keeps the process alive. A spare one
// is loaded beside it, so that the texts after a stopped one do not wait for a new worker to load.

interface Running {
  worker: Worker;
  /** Resolves when the worker has loaded the checker. */
  ready: Promise<void>;
}

let running: Running | undefined;
let spare: Running | undefined;
let nextId = 0;

function start(): Running {
  const worker = new Worker(new URL('./body-worker.ts', import.meta.url), { execArgv: [] });
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  // A failed start is reported by the job that awaits `ready`; this keeps it from being unhandled meanwhile.
  ready.catch(() => {});
  return { worker, ready };
}

/** Stop the worker (a text ran past its limit, or it failed): the next job starts a new one. */
function stop(current: Running): void {
  if (running === current) running = undefined;
  void current.worker.terminate();
}

/**
 * Check one text in the worker thread: its problems, or `'timeout'` when it takes longer than
 * `limit` milliseconds (counted once the worker is ready), in which case the worker is stopped.
 */
export async function checkInWorker(job: BodyJob, limit: number): Promise<Problem[] | 'timeout'> {
  running ??= spare ?? start();
  if (spare === running) spare = undefined;
  const current = running;
  await current.ready;
  spare ??= start();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      stop(current);
      resolve('timeout');
    }, limit);
    const onMessage = (message: { id: number; problems: Problem[] }) => {
      if (message.id !== id) return;
      cleanup();
      resolve(message.problems);
    };
    const onError = (error: Error) => {
      cleanup();
      stop(current);
      reject(error);
    };
    const cleanup = () => {
      clearTimeout(timer);
      current.worker.off('message', onMessage);
      current.worker.off('error', onError);
    };
    current.worker.on('message', onMessage);
    current.worker.on('error', onError);
    current.worker.postMessage({ id, job });
  });
}
