/**
 * Run the per-briefing stages, on this thread or spread over worker threads. `ingestSeed` and
 * `renderBriefing` are pure, so each worker builds its own copy of the context (tables and
 * language model) from the run's settings, and results come back matched to their requests.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { error, type Staged } from './diagnostics.ts';
import { ingestSeed, type IngestContext, type SeedOutcome } from './ingest-seed.ts';
import { createIngestContext, type IngestSettings } from './reference/default-context.ts';
import { toMdx } from './stages/to-mdx.ts';
import type { Briefing, RawSeed, Slug } from './types.ts';

/** A briefing's MDX text, or null when the writer refused it, with what it said. */
export type RenderedMdx = Staged<string | null>;

/** Runs the per-briefing stages somewhere; `close` frees what it holds. */
export interface StageRunner {
  /** Decode, clean and extract one seed. */
  ingest(seed: RawSeed, slug: Slug): Promise<SeedOutcome>;
  /** Write one linked briefing as MDX. */
  render(briefing: Briefing): Promise<RenderedMdx>;
  close(): Promise<void>;
}

/** What a worker is asked to do. */
export type StageTask =
  | { readonly id: number; readonly kind: 'ingest'; readonly seed: RawSeed; readonly slug: Slug }
  | { readonly id: number; readonly kind: 'render'; readonly briefing: Briefing };

/** What a worker answers. */
export interface StageAnswer {
  readonly id: number;
  readonly value: SeedOutcome | RenderedMdx;
}

/**
 * Run one task. A stage that throws is a bug in Dossier, not in the seed: it is reported as an
 * `internal-error` for that briefing, and the run goes on.
 */
export function runStageTask(task: StageTask, context: IngestContext): SeedOutcome | RenderedMdx {
  try {
    return task.kind === 'ingest' ? ingestSeed(task.seed, task.slug, context) : toMdx(task.briefing);
  } catch (cause) {
    return failTask(task, cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
  }
}

/** The result of a task that could not run: an `internal-error` for that briefing, nothing written. */
function failTask(task: StageTask, reason: string): SeedOutcome | RenderedMdx {
  const bug = error('internal-error', `Dossier failed on this seed, please report it: ${reason}`);
  return task.kind === 'ingest'
    ? { briefing: null, keyphrases: [], contentKey: null, overrides: null, diagnostics: [bug] }
    : { value: null, diagnostics: [bug] };
}

/** How many threads to run stages on by default: one per core, up to four. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Run the stages on this thread, one briefing at a time. */
export function runInThisThread(settings: IngestSettings): StageRunner {
  const context = createIngestContext(settings);
  return {
    ingest: (seed, slug) => Promise.resolve(runStageTask({ id: 0, kind: 'ingest', seed, slug }, context) as SeedOutcome),
    render: (briefing) => Promise.resolve(runStageTask({ id: 0, kind: 'render', briefing }, context) as RenderedMdx),
    close: () => Promise.resolve(),
  };
}

/**
 * Run the stages on `threads` worker threads. Each task goes to the worker with the fewest in
 * hand, so one slow seed does not hold up the others.
 */
export function runOnThreads(threads: number, settings: IngestSettings): StageRunner {
  const workers = Array.from({ length: threads }, () => ({
    worker: new Worker(new URL('./stage-worker.ts', import.meta.url), { workerData: settings }),
    pending: new Map<number, { task: StageTask; resolve: (value: SeedOutcome | RenderedMdx) => void }>(),
  }));
  for (const entry of workers) {
    entry.worker.on('message', ({ id, value }: StageAnswer) => {
      entry.pending.get(id)?.resolve(value);
      entry.pending.delete(id);
    });
    entry.worker.on('error', (cause: Error) => {
      // A worker that dies takes its tasks with it: answer each as that briefing's failure.
      for (const { task, resolve } of entry.pending.values()) resolve(failTask(task, `a worker thread stopped: ${cause.message}`));
      entry.pending.clear();
    });
  }
  let nextId = 0;
  const send = <T extends SeedOutcome | RenderedMdx>(task: StageTask): Promise<T> => {
    const entry = workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    return new Promise<T>((resolve) => {
      entry.pending.set(task.id, { task, resolve: resolve as (value: SeedOutcome | RenderedMdx) => void });
      entry.worker.postMessage(task);
    });
  };
  return {
    ingest: (seed, slug) => send<SeedOutcome>({ id: nextId++, kind: 'ingest', seed, slug }),
    render: (briefing) => send<RenderedMdx>({ id: nextId++, kind: 'render', briefing }),
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
