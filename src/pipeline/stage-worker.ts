/**
 * The body of a stage worker thread (see `stage-runner.ts`): build the context once from the
 * run's settings, then run each task it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createIngestContext, type IngestSettings } from './reference/default-context.ts';
import { runStageTask, type StageAnswer, type StageTask } from './stage-runner.ts';

const context = createIngestContext(workerData as IngestSettings);

parentPort?.on('message', (task: StageTask) => {
  parentPort?.postMessage({ id: task.id, value: runStageTask(task, context) } satisfies StageAnswer);
});
