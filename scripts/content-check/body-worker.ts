/**
 * The worker thread of `checkInWorker` (worker.ts): checks one text per message with `checkBody`
 * and answers with its problems. It says it is ready once the checker is loaded.
 */
import { parentPort } from 'node:worker_threads';
import { checkBody, type BodyJob } from './markdown.ts';

parentPort?.on('message', ({ id, job }: { id: number; job: BodyJob }) => {
  parentPort?.postMessage({ id, problems: checkBody(job) });
});
parentPort?.postMessage('ready');
