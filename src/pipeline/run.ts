/**
 * The one orchestrator of ingest: read every seed (once to find the lines many seeds share, once
 * to transform it), transform each one, filter the set, link the set (entity names merged,
 * topics weighed), render each briefing as MDX, then emit the files and the JSON array. The
 * per-briefing stages run on several threads when asked. It reports progress and diagnostics as
 * events and returns a summary; deciding what to print and the exit code is the CLI's job.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { DEFAULT_MAX_SEED_BYTES, listSeeds, readSeed, type SeedListing, type SeedRead } from '../io/read-seeds.ts';
import { openRenderMemo, RENDER_MEMO_FILE, type RenderMemo } from '../io/render-memo.ts';
import { openSeedCache, type SeedCache } from '../io/seed-cache.ts';
import { openSetMemo, SET_MEMO_FILE, type ReportedDiagnostic } from '../io/set-memo.ts';
import { readToolVersion } from '../io/tool-version.ts';
import { readSlugLock, writeSlugLock } from '../io/slug-lock.ts';
import { briefingFile, removeStaleBriefings, writeBriefing, writeBriefingsJson, type WriteResult } from '../io/write-briefing.ts';
import { briefingRenderKey, isCacheable, runCacheSalt, seedCacheKey } from './cache-key.ts';
import { error, warning, type Diagnostic } from './diagnostics.ts';
import type { SeedOutcome } from './ingest-seed.ts';
import type { IngestSettings } from './reference/default-context.ts';
import { applyEntityOverrides } from './stages/apply-overrides.ts';
import { capBriefing } from './stages/cap-briefing.ts';
import type { StageRunner } from './stage-runner.ts';
import { countLineKeys, findCommonLines } from './stages/common-lines.ts';
import { decodeQuickly } from './stages/decode.ts';
import { assignSlugs, isHashName, readableSlugs } from './stages/slug.ts';
import type { Briefing, RawSeed, SeedPath, Slug } from './types.ts';
import { linkBriefings } from './whole-set/link-briefings.ts';

/** Where ingest reads and writes, and what it reads seeds against. */
export interface IngestOptions {
  readonly seedsDir: string;
  readonly outDir: string;
  /** Where to write the JSON array of all briefings, or null for none. */
  readonly jsonFile: string | null;
  /** The time of ingest: a seed dated after it gets a warning. Null: no such check. */
  readonly now: Date | null;
  /** Seeds larger than this many bytes are not read (default 5 MiB). */
  readonly maxSeedBytes?: number;
  /** How many threads run the per-briefing stages (default 1: this one). */
  readonly threads?: number;
  /** Regenerate files a curator edited by hand, replacing the edits (default: keep them). */
  readonly force?: boolean;
  /** Where to keep what each seed gave, so an unchanged seed is not ingested again; null: nowhere. */
  readonly cacheDir?: string | null;
}

/**
 * What ingest reports while it works. `file` is relative to its folder: the seeds folder, or
 * for a diagnostic about a written briefing, the content folder.
 */
export type IngestEvent =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly file: string }
  | { readonly type: 'diagnostic'; readonly folder: 'seeds' | 'content'; readonly file: string; readonly diagnostic: Diagnostic };

/** What an ingest run did, for the closing summary. */
export interface IngestSummary {
  readonly seedsRead: number;
  readonly written: number;
  readonly unchanged: number;
  readonly removed: readonly string[];
  /** Briefings a curator edited by hand, left as they are. */
  readonly keptEdits: number;
  /** Seeds whose outcome came from the cache, unchanged since an earlier run. */
  readonly cached: number;
  /** Seeds that gave no briefing: empty, duplicate or failed. */
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  /** Diagnostic counts by rule id. */
  readonly byRule: Readonly<Record<string, number>>;
  /**
   * Every briefing, as linked. Null when the run found nothing changed since the last one and
   * so linked nothing (only with a cache, without `jsonFile` and `force`).
   */
  readonly briefings: readonly Briefing[] | null;
}

/** How many seeds are read ahead of the one being worked on. */
const READ_AHEAD = 16;
/** How many briefings are in a thread's hands, or files being written, at once. */
const IN_FLIGHT_PER_THREAD = 4;
const WRITES_IN_FLIGHT = 16;

interface Transformed {
  readonly path: SeedPath;
  readonly outcome: SeedOutcome;
}

/** One seed's result after the whole-set step: its finished briefing, MDX text and diagnostics. */
interface Rendered {
  readonly path: SeedPath;
  readonly briefing: Briefing | null;
  readonly mdx: string | null;
  /** The key the briefing was rendered under (null without a cache), and whether its file already held it. */
  readonly renderKey: string | null;
  readonly reused: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** Ingest every seed under `options.seedsDir` into `options.outDir`. */
export async function runIngest(options: IngestOptions, onEvent: (event: IngestEvent) => void): Promise<IngestSummary> {
  const counts = { errors: 0, warnings: 0, byRule: {} as Record<string, number> };
  const report = (file: string, diagnostic: Diagnostic, folder: 'seeds' | 'content' = 'seeds') => {
    counts[diagnostic.severity === 'error' ? 'errors' : 'warnings'] += diagnostic.severity === 'info' ? 0 : 1;
    counts.byRule[diagnostic.rule] = (counts.byRule[diagnostic.rule] ?? 0) + 1;
    onEvent({ type: 'diagnostic', folder, file, diagnostic });
  };

  const listing = await listSeeds(options.seedsDir);
  for (const file of listing.skipped) report(file.path, warning(file.rule, `Skipped this file: ${file.reason}`));

  const survey = await surveySeeds(listing, options);
  const settings: IngestSettings = { now: options.now, commonLines: survey.commonLines };
  const salt = runCacheSalt(await readToolVersion(), settings);
  const lock = await readSlugLock(options.outDir);
  const maxBytes = options.maxSeedBytes ?? DEFAULT_MAX_SEED_BYTES;
  // Only a run that writes no JSON and replaces no edits can be told by its files alone.
  const setMemo = options.cacheDir && options.jsonFile === null && !options.force ? await openSetMemo(options.cacheDir, options.outDir) : null;
  const setKey = (slugLock: ReadonlyMap<SeedPath, Slug>) => survey.digest && runSetKey(salt, maxBytes, survey.digest, slugLock);
  const startKey = setKey(lock);
  const replayed = startKey === null ? null : await setMemo?.replay(startKey);
  if (replayed) {
    for (const { folder, file, diagnostic } of replayed.diagnostics) report(file, diagnostic, folder);
    const stale = await removeStaleBriefings(options.outDir, new Set(listing.seeds), new Set(replayed.slugs));
    return summarise(listing, { written: 0, unchanged: replayed.unchanged, keptEdits: replayed.keptEdits }, stale, replayed.cached, counts, null, report);
  }
  // What this run reports about its seeds and files, for the next run to say again if nothing changes.
  const reported: ReportedDiagnostic[] = [];
  const reportAndKeep = (file: string, diagnostic: Diagnostic, folder: 'seeds' | 'content' = 'seeds') => {
    reported.push({ folder, file, diagnostic });
    report(file, diagnostic, folder);
  };

  const threads = options.threads ?? 1;
  // Started on first use: a run that finds every seed and every file unchanged starts no thread
  // and loads no language model.
  const runner = startLazily(async () => {
    const { runInThisThread, runOnThreads } = await import('./stage-runner.ts');
    return threads > 1 ? runOnThreads(threads, settings) : runInThisThread(settings);
  });
  const ingest = withCache(runner, salt, options.cacheDir ?? null);
  const memo = options.cacheDir ? await openRenderMemo(options.cacheDir, options.outDir) : null;
  let rendered: Rendered[];
  let named: Named;
  let transformed: Awaited<ReturnType<typeof transformSeeds>>;
  try {
    transformed = await transformSeeds(listing, options, ingest.ingest, threads * IN_FLIGHT_PER_THREAD, (done, file) =>
      onEvent({ type: 'progress', done, total: listing.seeds.length, file }),
    );
    named = await nameBriefings(transformed.transformed, lock, options.outDir);
    rendered = await renderLinked(dropRepeatedSeeds(named.transformed), runner, threads * IN_FLIGHT_PER_THREAD, memo && { memo, salt });
  } finally {
    await runner.close();
  }
  // A diagnostic about a seed's sidecar names the sidecar.
  for (const { path, diagnostics } of rendered) for (const diagnostic of diagnostics) reportAndKeep(diagnostic.file ?? path, diagnostic);

  const toWrite = rendered.flatMap(({ path, briefing, mdx, renderKey, reused }) =>
    briefing !== null && (mdx !== null || reused) ? [{ path, slug: briefing.slug, mdx: mdx ?? '', seedSha256: briefing.source.sha256, renderKey, reused }] : [],
  );
  // A file that cannot be written (a name too long, a folder in its place) fails its seed, not the run.
  const results = await mapInOrder(toWrite, WRITES_IN_FLIGHT, async (item): Promise<WriteResult | { kind: 'failed'; cause: unknown }> => {
    const result = item.reused
      ? ({ kind: 'unchanged' } as const)
      : await writeBriefing(options.outDir, item, options.force ?? false).catch((cause: unknown) => ({ kind: 'failed' as const, cause }));
    if (memo && item.renderKey !== null && result.kind !== 'kept-edit' && result.kind !== 'failed') await memo.record(item.slug, item.renderKey);
    return result;
  });
  const tally = { written: 0, unchanged: 0, keptEdits: 0 };
  const writeErrors = new Map<Slug, Diagnostic>();
  for (const [index, result] of results.entries()) {
    const { path, slug } = toWrite[index] as (typeof toWrite)[number];
    const file = `${slug}.mdx`;
    if (result.kind === 'failed') {
      const problem = error('write-failed', `Cannot write its briefing ${file}: ${describeCause(result.cause)}; left any earlier one as it was`);
      writeErrors.set(slug, problem);
      report(path, problem);
    } else if (result.kind === 'kept-edit') {
      tally.keptEdits += 1;
      const since = result.seedChanged ? 'the seed has changed since, and its changes are not in the briefing' : 'the seed has not changed since';
      reportAndKeep(file, warning('hand-edited', `The briefing was edited by hand (${since}); left it as it is. Run ingest with --force to regenerate it`), 'content');
    } else if (result.kind === 'replaced-edit') {
      tally.written += 1;
      reportAndKeep(file, warning('hand-edit-replaced', `Replaced the hand edits of this briefing with a new one from ${path} (--force)`), 'content');
    } else tally[result.kind] += 1;
  }
  const stale = await removeStaleBriefings(options.outDir, new Set(listing.seeds), new Set(toWrite.map(({ slug }) => slug)));
  // Seeds that gave no briefing this time keep their entry, so a passing failure moves no URL.
  const stillListed = new Set(listing.seeds);
  await writeSlugLock(options.outDir, new Map([...[...lock].filter(([seed]) => stillListed.has(seed)), ...named.lock]), lock);
  await ingest.save();
  await memo?.save();
  const briefings = rendered.flatMap(({ briefing }) => {
    if (briefing === null) return [];
    const problem = writeErrors.get(briefing.slug);
    return [problem === undefined ? briefing : { ...briefing, diagnostics: [...briefing.diagnostics, problem] }];
  });
  if (options.jsonFile !== null) await writeBriefingsJson(options.jsonFile, briefings);
  if (setMemo) {
    // A run the next one could not repeat as it is (a seed not read whole, an outcome that hung on
    // the clock, a damaged cache entry, a file not written) leaves no memo to replay.
    const endKey = setKey(await readSlugLock(options.outDir));
    // The seeds ingested must be those read first, which the key is made of.
    const readTwiceAlike = transformed.digest === survey.digest;
    if (endKey !== null && readTwiceAlike && ingest.repeatable() && writeErrors.size === 0) {
      const outcome = { unchanged: tally.written + tally.unchanged, keptEdits: tally.keptEdits, cached: ingest.looked(), diagnostics: reported };
      await setMemo.save(endKey, toWrite.map(({ slug }) => slug), outcome);
    } else await setMemo.clear();
  }
  return summarise(listing, tally, stale, ingest.hits(), counts, briefings, report);
}

/**
 * The closing summary, after reporting the briefings a curator edited by hand whose seed is gone
 * (looked for on every run, as a file may be copied in at any time).
 */
function summarise(
  listing: SeedListing,
  tally: { readonly written: number; readonly unchanged: number; readonly keptEdits: number },
  stale: { readonly removed: readonly string[]; readonly keptEdits: readonly string[] },
  cached: number,
  counts: { readonly errors: number; readonly warnings: number; readonly byRule: Readonly<Record<string, number>> },
  briefings: readonly Briefing[] | null,
  report: (file: string, diagnostic: Diagnostic, folder: 'seeds' | 'content') => void,
): IngestSummary {
  for (const file of stale.keptEdits) {
    report(file, warning('hand-edited', 'The briefing was edited by hand and its seed is gone; left it as it is. Delete it to drop the briefing'), 'content');
  }
  return {
    seedsRead: listing.seeds.length,
    written: tally.written,
    unchanged: tally.unchanged,
    removed: stale.removed,
    keptEdits: tally.keptEdits + stale.keptEdits.length,
    cached,
    skipped: listing.seeds.length - tally.written - tally.unchanged - tally.keptEdits,
    ...counts,
    briefings,
  };
}

/**
 * The key of everything a run reads that could change what it writes or says: the tool and the
 * lines the seeds share (`salt`), the size limit, each seed and sidecar, and the slug lock.
 */
function runSetKey(salt: string, maxBytes: number, seedsDigest: string, lock: ReadonlyMap<SeedPath, Slug>): string {
  const hash = createHash('sha256').update(salt).update(`\0${maxBytes}\0`).update(seedsDigest).update('\0');
  for (const [seed, slug] of [...lock].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(seed).update('\0').update(slug).update('\0');
  return hash.digest('hex');
}

/** The seeds' outcomes with their briefings under their published slugs, and the slug lock's entries for them. */
interface Named {
  readonly transformed: Transformed[];
  readonly lock: ReadonlyMap<SeedPath, Slug>;
}

/**
 * Give the briefings of hash-named seeds readable slugs from their titles (`readableSlugs`),
 * unless the lock or an already published file says otherwise.
 */
async function nameBriefings(transformed: readonly Transformed[], lock: ReadonlyMap<SeedPath, Slug>, outDir: string): Promise<Named> {
  const seeds = transformed.flatMap(({ path, outcome }) => (outcome.briefing ? [{ path, slug: outcome.briefing.slug, title: outcome.briefing.title }] : []));
  const hashed = seeds.filter((seed) => isHashName(seed.path) && !lock.has(seed.path));
  const isFile = (slug: Slug) => stat(briefingFile(outDir, slug)).then((found) => found.isFile(), () => false);
  const found = await Promise.all(hashed.map((seed) => isFile(seed.slug)));
  const published = new Set(hashed.filter((_, at) => found[at]).map((seed) => seed.slug));
  const assigned = new Map(readableSlugs(seeds, lock, published).map((assignment) => [assignment.path, assignment]));
  return {
    transformed: transformed.map(({ path, outcome }) => {
      const assignment = assigned.get(path);
      if (!outcome.briefing || !assignment || assignment.slug === outcome.briefing.slug) return { path, outcome };
      return { path, outcome: { ...outcome, briefing: { ...outcome.briefing, slug: assignment.slug }, diagnostics: [...outcome.diagnostics, ...assignment.diagnostics] } };
    }),
    lock: new Map([...assigned.values()].filter(({ path }) => isHashName(path)).map(({ path, slug }) => [path, slug])),
  };
}

type ReadResult = SeedRead | { readonly cause: unknown };

/**
 * Read the seeds in order, a few ahead of the one being worked on, so the disk and the CPU work
 * at once; a seed that cannot be read gives its cause instead.
 */
async function* readInOrder(
  paths: readonly SeedPath[],
  seedsDir: string,
  maxBytes: number,
  sidecars: ReadonlyMap<SeedPath, string> = new Map(),
): AsyncGenerator<ReadResult> {
  const reads = paths.map((path) => () => readSeed(seedsDir, path, maxBytes, sidecars.get(path) ?? null).catch((cause: unknown) => ({ cause })));
  const queue = reads.slice(0, READ_AHEAD).map((read) => read());
  for (let index = 0; index < paths.length; index += 1) {
    const read = await queue.shift();
    const next = reads[index + READ_AHEAD];
    if (next) queue.push(next());
    if (read) yield read;
  }
}

/** What the first pass over the seeds found. */
interface SeedSurvey {
  /** The lines many seeds of the set share (a site's footer, its newsletter pitch). */
  readonly commonLines: Set<string>;
  /** A digest of every seed's path and bytes and its sidecar's, in order; null when some seed or sidecar could not be read whole. */
  readonly digest: string | null;
}

/**
 * A first pass over the seeds, which keeps nothing of them but the count of each short line and
 * a running digest of all they hold.
 */
async function surveySeeds({ seeds: paths, sidecars }: SeedListing, options: IngestOptions): Promise<SeedSurvey> {
  const counts = new Map<string, number>();
  const digest = digestSeeds();
  for await (const read of readInOrder(paths, options.seedsDir, options.maxSeedBytes ?? DEFAULT_MAX_SEED_BYTES, sidecars)) {
    digest.add(read);
    const text = 'seed' in read ? decodeQuickly(read.seed.bytes) : null;
    if (text !== null) countLineKeys(counts, text);
  }
  return { commonLines: findCommonLines(counts, paths.length), digest: digest.value() };
}

/** A running digest of seeds as read, in order: each path and its bytes, and its sidecar's; null once one was not read whole. */
function digestSeeds(): { add(read: ReadResult): void; value(): string | null } {
  const hash = createHash('sha256');
  let whole = true;
  return {
    add(read) {
      if (!('seed' in read)) {
        whole = false;
        return;
      }
      const { seed } = read;
      const sidecar = seed.sidecar?.bytes ?? new Uint8Array();
      hash.update(`${seed.path}\0${seed.sidecar?.path ?? ''}\0${seed.bytes.length}\0${sidecar.length}\0`).update(seed.bytes).update(sidecar);
    },
    value: () => (whole ? hash.digest('hex') : null),
  };
}

/** Ingest a seed through the cache: an unchanged seed's outcome is taken from there. */
interface CachedIngest {
  ingest(seed: RawSeed, slug: Slug): Promise<SeedOutcome>;
  /** How many outcomes came from the cache. */
  hits(): number;
  /** How many seeds were looked up: all of them come from the cache next time, when the run is `repeatable`. */
  looked(): number;
  /** Whether every outcome went into the cache and no entry was damaged: a run again would find each seed there and say the same. */
  repeatable(): boolean;
  /** Write what this run ingested into the cache, and drop the entries it did not use. */
  save(): Promise<void>;
}

function withCache(runner: StageRunner, salt: string, cacheDir: string | null): CachedIngest {
  if (cacheDir === null) return { ingest: (seed, slug) => runner.ingest(seed, slug), hits: () => 0, looked: () => 0, repeatable: () => false, save: async () => {} };
  const cache: SeedCache = openSeedCache(cacheDir, [RENDER_MEMO_FILE, SET_MEMO_FILE]);
  const used = new Set<string>();
  let hits = 0;
  let looked = 0;
  let repeatable = true;
  return {
    async ingest(seed, slug) {
      const key = seedCacheKey(salt, seed, slug);
      used.add(key);
      looked += 1;
      const cached = await cache.get(key);
      if (cached.kind === 'hit') {
        hits += 1;
        return cached.outcome;
      }
      const outcome = await runner.ingest(seed, slug);
      if (isCacheable(outcome)) await cache.set(key, outcome);
      else repeatable = false;
      if (cached.kind === 'miss') return outcome;
      repeatable = false;
      // Said about this run, not kept in the outcome: the next run finds a sound entry.
      const problem = warning('cache-entry-invalid', `The cached result of this seed ${cached.reason}; ingested the seed again`);
      return { ...outcome, diagnostics: [problem, ...outcome.diagnostics] };
    },
    hits: () => hits,
    looked: () => looked,
    repeatable: () => repeatable,
    save: () => cache.save(used),
  };
}

/** Read and transform every seed; one seed that cannot be read never stops the rest. */
async function transformSeeds(
  { seeds: paths, sidecars }: SeedListing,
  options: IngestOptions,
  ingest: (seed: RawSeed, slug: Slug) => Promise<SeedOutcome>,
  inFlight: number,
  onProgress: (done: number, file: string) => void,
): Promise<{ transformed: Transformed[]; digest: string | null }> {
  const maxBytes = options.maxSeedBytes ?? DEFAULT_MAX_SEED_BYTES;
  const slugs = assignSlugs(paths);
  const reads = readInOrder(paths, options.seedsDir, maxBytes, sidecars);
  const digest = digestSeeds();
  let done = 0;
  const transformed = await mapInOrder(slugs, inFlight, async ({ path, slug, diagnostics }) => {
    const read = (await reads.next()).value as ReadResult;
    digest.add(read);
    const outcome =
      'tooLarge' in read
        ? failed(
            'seed-too-large',
            `The seed is ${formatSize(read.tooLarge)}, over the limit of ${formatSize(maxBytes)} (--max-seed-size); skipped it without reading it`,
          )
        : 'cause' in read
          ? failed('seed-unreadable', describeCause(read.cause))
          : 'changed' in read
            ? failed('seed-changed', 'The seed changed while it was being read; skipped it this time and left its briefing as it was')
            : await ingest(read.seed, slug);
    onProgress(++done, path);
    return { path, outcome: { ...outcome, diagnostics: [...diagnostics, ...outcome.diagnostics] } };
  });
  return { transformed, digest: digest.value() };
}

/**
 * Keep one briefing per seed content: a seed whose text equals an earlier seed's (the same bytes,
 * or the same text saved with another encoding or other line ends) is the same article saved
 * twice, and gives no second briefing.
 */
function dropRepeatedSeeds(transformed: readonly Transformed[]): Transformed[] {
  const firstByHash = new Map<string, SeedPath>();
  return transformed.map(({ path, outcome }) => {
    const hash = outcome.briefing === null ? null : outcome.contentKey;
    if (hash === null) return { path, outcome };
    const first = firstByHash.get(hash);
    if (first === undefined) {
      firstByHash.set(hash, path);
      return { path, outcome };
    }
    const repeat = warning('duplicate-seed', `The seed has the same content as ${first}; made no second briefing`);
    return { path, outcome: { briefing: null, keyphrases: [], contentKey: hash, overrides: null, diagnostics: [repeat] } };
  });
}

/**
 * Link the kept briefings as one set (with the topics curators set), give entities the names
 * curators set, then write each as MDX, unless `memo` says its file already holds that briefing's
 * MDX; seeds with no briefing keep their diagnostics.
 */
async function renderLinked(
  kept: readonly Transformed[],
  runner: StageRunner,
  inFlight: number,
  memo: { readonly memo: RenderMemo; readonly salt: string } | null,
): Promise<Rendered[]> {
  const withBriefing = kept.flatMap(({ outcome }) => (outcome.briefing ? [{ briefing: outcome.briefing, keyphrases: outcome.keyphrases }] : []));
  const curatorTopics = new Map(
    kept.flatMap(({ outcome }) => (outcome.briefing && outcome.overrides?.value.topics ? [[outcome.briefing.slug, outcome.overrides.value.topics] as const] : [])),
  );
  const curatorStories = new Map(
    kept.flatMap(({ outcome }) => (outcome.briefing && outcome.overrides?.value.story !== undefined ? [[outcome.briefing.slug, outcome.overrides.value.story] as const] : [])),
  );
  const linked = linkBriefings(withBriefing, { topics: curatorTopics, stories: curatorStories });
  let next = 0;
  return mapInOrder(kept, inFlight, async ({ path, outcome }) => {
    if (outcome.briefing === null) return { path, briefing: null, mdx: null, renderKey: null, reused: false, diagnostics: outcome.diagnostics };
    const names = outcome.overrides?.value.entities;
    const renamed = names === undefined ? { value: linked[next] ?? outcome.briefing, diagnostics: [] } : applyEntityOverrides(linked[next] ?? outcome.briefing, names);
    next += 1;
    const sidecar = renamed.diagnostics.map((diagnostic) => ({ ...diagnostic, file: outcome.overrides?.file ?? path }));
    const capped = capBriefing(sidecar.length === 0 ? renamed.value : { ...renamed.value, diagnostics: [...renamed.value.diagnostics, ...sidecar] });
    const briefing = capped.value;
    const renderKey = memo && briefingRenderKey(memo.salt, briefing);
    if (renderKey !== null && (await memo?.memo.holds(briefing.slug, renderKey))) {
      return { path, briefing, mdx: null, renderKey, reused: true, diagnostics: [...outcome.diagnostics, ...sidecar, ...capped.diagnostics] };
    }
    const mdx = await runner.render(briefing);
    // A briefing the writer refused keeps what the writer said, in the JSON too.
    const finished = mdx.diagnostics.length === 0 ? briefing : { ...briefing, diagnostics: [...briefing.diagnostics, ...mdx.diagnostics] };
    return { path, briefing: finished, mdx: mdx.value, renderKey, reused: false, diagnostics: [...outcome.diagnostics, ...sidecar, ...capped.diagnostics, ...mdx.diagnostics] };
  });
}

/** A runner made by `start` when it is first asked to do something; closing one never started does nothing. */
function startLazily(start: () => Promise<StageRunner>): StageRunner {
  let runner: Promise<StageRunner> | null = null;
  const started = () => (runner ??= start());
  return {
    ingest: async (seed, slug) => (await started()).ingest(seed, slug),
    render: async (briefing) => (await started()).render(briefing),
    close: async () => (runner === null ? undefined : (await runner).close()),
  };
}

/**
 * Apply `work` to every item, with at most `inFlight` at work at once, and keep the results in
 * the items' order. Work starts in order too, so `work` may take from an ordered stream.
 */
async function mapInOrder<T, R>(items: readonly T[], inFlight: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  const window: Promise<R>[] = [];
  for (const item of items) {
    const result = work(item);
    // A failure waiting in the window is awaited, and thrown, in its turn; until then it must not count as unhandled.
    result.catch(() => undefined);
    window.push(result);
    if (window.length >= inFlight) results.push(await (window.shift() as Promise<R>));
  }
  for (const pending of window) results.push(await pending);
  return results;
}

function failed(rule: string, message: string): SeedOutcome {
  return { briefing: null, keyphrases: [], contentKey: null, overrides: null, diagnostics: [error(rule, message)] };
}

/** A byte count as a person reads it: `6.2 MiB`, `512 KiB`, `300 B`. */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${Number((bytes / 1024 ** 2).toFixed(1))} MiB`;
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  return cause.cause instanceof Error ? `${cause.message} (${cause.cause.message})` : cause.message;
}
