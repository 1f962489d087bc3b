import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { pruneCacheFolders } from '../../src/io/seed-cache.ts';
import { runIngest, type IngestEvent, type IngestSummary } from '../../src/pipeline/run.ts';
import type { Briefing } from '../../src/pipeline/types.ts';
import { makeIngestFolders, PLAIN_ARTICLE as ARTICLE, SAMPLE_SEED } from '../support/seeds.ts';

let work: string;
let seeds: string;
let out: string;

beforeEach(() => {
  ({ work, seeds, out } = makeIngestFolders('dossier-run-'));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The briefings of a run that linked them (every run without a cache does). */
function linked(summary: IngestSummary): readonly Briefing[] {
  expect(summary.briefings).not.toBeNull();
  return summary.briefings ?? [];
}

async function ingest(jsonFile: string | null = null, maxSeedBytes?: number) {
  const events: IngestEvent[] = [];
  const options = { seedsDir: seeds, outDir: out, jsonFile, now: null, ...(maxSeedBytes === undefined ? {} : { maxSeedBytes }) };
  const summary = await runIngest(options, (event) => events.push(event));
  const messages = events.flatMap((event) => (event.type === 'diagnostic' ? [{ file: event.file, ...event.diagnostic }] : []));
  const diagnostics = messages.map((message) => `${message.file}: ${message.rule}`);
  return { summary, diagnostics, messages };
}

describe('runIngest', () => {
  test('writes one MDX file per seed and the JSON array of all briefings', async () => {
    copyFileSync(SAMPLE_SEED, path.join(seeds, 'venezuela.txt'));
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    const { summary } = await ingest(path.join(work, 'all.json'));

    expect(readdirSync(out).sort()).toEqual(['plain.mdx', 'venezuela.mdx']);
    expect(summary).toMatchObject({ seedsRead: 2, written: 2, unchanged: 0, skipped: 0, errors: 0 });
    const json = JSON.parse(readFileSync(path.join(work, 'all.json'), 'utf8'));
    expect(json.map((briefing: { slug: string }) => briefing.slug)).toEqual(['plain', 'venezuela']);
    expect(json[1].title).toBe('CIA drone strike on Venezuelan port marks first known US attack inside the Country');
    expect(json[1].language).toBe('en');
    expect(Object.keys(json[1])).toEqual([
      'slug', 'title', 'dek', 'summary', 'outlet', 'byline', 'published', 'publishedZone', 'source', 'language',
      'body', 'dates', 'refusedYears', 'timeline', 'entities', 'quotes', 'sources', 'topics', 'story', 'storyEvents', 'storyCounts', 'note', 'corrections', 'featured', 'draft',
      'dropped', 'diagnostics',
    ]);
  });

  test('gives the same briefings, files and diagnostics on two threads as on one', async () => {
    copyFileSync(SAMPLE_SEED, path.join(seeds, 'venezuela.txt'));
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'empty.txt'), ' \n');
    writeFileSync(path.join(seeds, 'copy.txt'), ARTICLE);
    const one = await ingest();
    const files = readdirSync(out).map((file) => readFileSync(path.join(out, file), 'utf8'));
    rmSync(out, { recursive: true });
    const events: IngestEvent[] = [];
    const two = await runIngest({ seedsDir: seeds, outDir: out, jsonFile: null, now: null, threads: 2 }, (event) => events.push(event));
    expect(linked(two)).toEqual(linked(one.summary));
    expect(readdirSync(out).map((file) => readFileSync(path.join(out, file), 'utf8'))).toEqual(files);
    expect(events.flatMap((event) => (event.type === 'diagnostic' ? [`${event.file}: ${event.diagnostic.rule}`] : []))).toEqual(one.diagnostics);
    // Each worker thread loads the language model: seconds of CPU on a busy machine.
  }, 120_000);

  test('names a hash-named seed after its title, and keeps that slug when the title changes', async () => {
    const hashName = `${'9f'.repeat(16)}.txt`;
    copyFileSync(SAMPLE_SEED, path.join(seeds, hashName));
    await ingest();
    const first = 'cia-drone-strike-on-venezuelan-port-marks-first-known-us';
    expect(readdirSync(out).sort()).toEqual([`${first}.mdx`, 'slugs.lock.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'slugs.lock.json'), 'utf8'))).toEqual({ slugs: { [hashName]: first } });

    writeFileSync(path.join(seeds, hashName), readFileSync(SAMPLE_SEED, 'utf8').replace('CIA drone strike', 'Drone strike'));
    await ingest();
    expect(readdirSync(out).sort()).toEqual([`${first}.mdx`, 'slugs.lock.json']);
  });

  test('touches no file when run again on the same seeds', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    await ingest();
    const before = statSync(path.join(out, 'plain.mdx')).mtimeMs;
    const { summary } = await ingest();
    expect(summary).toMatchObject({ written: 0, unchanged: 1 });
    expect(statSync(path.join(out, 'plain.mdx')).mtimeMs).toBe(before);
  });

  test('deletes the files it generated for seeds that are gone, and nothing else', async () => {
    writeFileSync(path.join(seeds, 'kept.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'gone.txt'), ARTICLE.replace('quiet', 'loud'));
    await ingest();
    writeFileSync(path.join(out, 'hand-written.mdx'), '---\ntitle: Mine\n---\n\nWritten by a curator.\n');
    rmSync(path.join(seeds, 'gone.txt'));

    const { summary } = await ingest();
    expect(summary.removed).toEqual(['gone.mdx']);
    expect(readdirSync(out).sort()).toEqual(['hand-written.mdx', 'kept.mdx']);
  });

  test('skips what is not a seed with a warning, and hidden files silently', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(path.join(seeds, '.DS_Store'), 'x');
    const { summary, diagnostics } = await ingest();
    expect(diagnostics).toEqual(['notes.pdf: not-a-seed', 'plain.txt: no-byline']);
    expect(summary).toMatchObject({ seedsRead: 1, written: 1 });
  });

  test('skips an empty seed and a second copy of a seed, with warnings, and goes on', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'b-copy.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'c-empty.txt'), '  \n\n\t\n');
    const { summary, diagnostics } = await ingest();
    expect(diagnostics).toEqual(['a.txt: no-byline', 'b-copy.txt: duplicate-seed', 'c-empty.txt: empty-seed']);
    expect(summary).toMatchObject({ seedsRead: 3, written: 1, skipped: 2, errors: 0, warnings: 3 });
    expect(readdirSync(out)).toEqual(['a.mdx']);
  });

  test('walks sub-folders in sorted order and keeps them in the slug', async () => {
    mkdirSync(path.join(seeds, 'world'));
    writeFileSync(path.join(seeds, 'world', 'Late Story.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'early.txt'), ARTICLE.replace('quiet', 'early'));
    const { summary } = await ingest();
    expect(linked(summary).map((briefing) => [briefing.slug, briefing.source.file])).toEqual([
      ['early', 'early.txt'],
      ['world/late-story', 'world/Late Story.txt'],
    ]);
  });
});

describe('bad input', () => {
  test('refuses a binary file with an error naming its byte offset, and goes on with the rest', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'b-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    const { summary, messages } = await ingest();
    expect(messages.filter((message) => message.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'b-image.txt', rule: 'binary-seed', message: expect.stringContaining('the first at byte offset 4') }),
    ]);
    expect(summary).toMatchObject({ seedsRead: 2, written: 1, errors: 1 });
  });

  test('does not read a seed over the size limit, and says what the limit is', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'huge.txt'), `Huge\n\n${'x'.repeat(3000)}\n`);
    const { summary, messages } = await ingest(null, 2048);
    expect(messages).toContainEqual(
      expect.objectContaining({
        file: 'huge.txt',
        severity: 'error',
        rule: 'seed-too-large',
        message: 'The seed is 2.9 KiB, over the limit of 2 KiB (--max-seed-size); skipped it without reading it',
      }),
    );
    expect(summary).toMatchObject({ written: 1, errors: 1 });
  });

  test('turns a single 1 MB line into a paragraph', async () => {
    const line = 'The council met again and talked for a long time about the budget. '.repeat(15_000).trim();
    writeFileSync(path.join(seeds, 'long.txt'), `A very long article\n\n${line}\n`);
    const { summary } = await ingest(path.join(work, 'all.json'));
    const [briefing] = JSON.parse(readFileSync(path.join(work, 'all.json'), 'utf8'));
    expect(summary).toMatchObject({ written: 1, errors: 0 });
    expect(briefing.title).toBe('A very long article');
    expect(briefing.body.map((paragraph: { text: string }) => paragraph.text)).toEqual([line]);
  });

  test('keeps at most 300 timeline events of one seed, with a warning that says what was left out', async () => {
    // Told newest first: the events read first are the latest.
    const line = Array.from({ length: 400 }, (_, index) => `In ${1899 - index} the harbour wall was rebuilt again.`).join(' ');
    writeFileSync(path.join(seeds, 'long.txt'), `A very long history of the harbour\n\n${line}\n`);
    const { summary, messages } = await ingest();
    expect(linked(summary)[0]?.timeline).toHaveLength(300);
    expect(linked(summary)[0]?.timeline.map((event) => event.date.value).slice(0, 1)).toEqual(['1600']);
    expect(messages.filter((message) => message.rule === 'briefing-limit')).toEqual([
      expect.objectContaining({ file: 'long.txt', message: 'The briefing has 400 timeline events; kept the 300 of its first paragraphs (up to p-1) and left out 100' }),
    ]);
  });

  test('makes one briefing of the same text saved under two names in two encodings', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE.replaceAll('\n', '\r\n'), 'utf16le')]);
    writeFileSync(path.join(seeds, 'b-utf16.txt'), utf16);
    const { summary, diagnostics } = await ingest();
    expect(diagnostics).toEqual(['a.txt: no-byline', 'b-utf16.txt: duplicate-seed']);
    expect(summary).toMatchObject({ written: 1, skipped: 1 });
  });

  test('gives seeds whose names make the same slug distinct slugs, in a stable order, with a warning', async () => {
    writeFileSync(path.join(seeds, 'Harbour Strike.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'harbour-strike.txt'), ARTICLE.replace('quiet', 'loud'));
    const { summary, diagnostics } = await ingest();
    expect(linked(summary).map((briefing) => briefing.slug)).toEqual(['harbour-strike', 'harbour-strike-2']);
    expect(diagnostics).toContain('harbour-strike.txt: slug-collision');
  });

  test('takes odd file names as they are, and passes over hidden files and folders', async () => {
    mkdirSync(path.join(seeds, '.cache'));
    writeFileSync(path.join(seeds, '.cache', 'old.txt'), ARTICLE);
    writeFileSync(path.join(seeds, '.hidden.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'Ünïcode Ñame.TXT'), ARTICLE);
    writeFileSync(path.join(seeds, 'report.v2.final.txt'), ARTICLE.replace('quiet', 'second'));
    writeFileSync(path.join(seeds, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    const { summary, diagnostics } = await ingest();
    expect(linked(summary).map((briefing) => [briefing.source.file, briefing.slug])).toEqual([
      ['report.v2.final.txt', 'report-v2-final'],
      ['Ünïcode Ñame.TXT', 'unicode-name'],
    ]);
    expect(diagnostics).toContain('photo.jpg: not-a-seed');
  });

  test('ingests a seed whose name is near the file system limit, with a capped slug', async () => {
    const name = `${'a long file name '.repeat(14)}end.txt`;
    writeFileSync(path.join(seeds, name), ARTICLE);
    writeFileSync(path.join(seeds, `${'¼'.repeat(120)}.txt`), ARTICLE.replace('quiet', 'fraction'));
    const { summary, messages } = await ingest(path.join(work, 'all.json'));
    expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(summary).toMatchObject({ written: 2, errors: 0 });
    const slugs = linked(summary).map((briefing) => briefing.slug);
    expect(slugs.map((slug) => slug.length <= 100)).toEqual([true, true]);
    expect(readdirSync(out).sort()).toEqual(slugs.map((slug) => `${slug}.mdx`).sort());
  });

  test('makes a briefing it cannot write an error of its seed, and still writes the others, the JSON and the cache', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'b.txt'), ARTICLE.replace('quiet', 'blocked'));
    writeFileSync(path.join(seeds, 'c.txt'), ARTICLE.replace('quiet', 'calm'));
    // A folder where b's file should go: the write fails, as on a full disk or a name too long.
    mkdirSync(path.join(out, 'b.mdx'), { recursive: true });
    const events: IngestEvent[] = [];
    const cacheDir = path.join(work, 'cache');
    const summary = await runIngest({ seedsDir: seeds, outDir: out, jsonFile: path.join(work, 'all.json'), now: null, cacheDir }, (event) => events.push(event));
    const errors = events.flatMap((event) => (event.type === 'diagnostic' && event.diagnostic.severity === 'error' ? [event] : []));
    expect(errors).toEqual([
      expect.objectContaining({ file: 'b.txt', diagnostic: expect.objectContaining({ rule: 'write-failed', message: expect.stringMatching(/^Cannot write its briefing b\.mdx: /) }) }),
    ]);
    expect(summary).toMatchObject({ written: 2, skipped: 1, errors: 1 });
    expect(readdirSync(out).sort()).toEqual(['a.mdx', 'b.mdx', 'c.mdx']);
    const json = JSON.parse(readFileSync(path.join(work, 'all.json'), 'utf8'));
    expect(json.map((briefing: { title: string }) => briefing.title)).toEqual(['A quiet headline', 'A blocked headline', 'A calm headline']);
    expect(json[1].diagnostics).toContainEqual(expect.objectContaining({ rule: 'write-failed' }));
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
  });

  test('drops a line that many seeds share as furniture, but not a wire dateline', async () => {
    for (let index = 0; index < 6; index += 1) {
      writeFileSync(
        path.join(seeds, `story-${index}.txt`),
        `Story number ${index} makes the news\n\nWASHINGTON (AP) _\n\nThe first paragraph of story ${index} tells what happened on the day.\n\nBrought to you by the Valley Gazette team\n\nThe second paragraph of story ${index} says what comes next, and when.\n`,
      );
    }
    const { summary } = await ingest();
    for (const briefing of linked(summary)) {
      expect(briefing.body.map((paragraph) => paragraph.text)).not.toContain('Brought to you by the Valley Gazette team');
      expect(briefing.dropped).toContainEqual({ rule: 'boilerplate-common', line: 7, text: 'Brought to you by the Valley Gazette team' });
      expect(briefing.body[0]?.text).toBe('WASHINGTON (AP) _');
    }
  });
});

describe('the ingest cache', () => {
  const cached = async () => {
    const events: IngestEvent[] = [];
    const summary = await runIngest(
      { seedsDir: seeds, outDir: out, jsonFile: null, now: null, cacheDir: path.join(work, 'cache') },
      (event) => events.push(event),
    );
    return { summary, events };
  };

  test('takes unchanged seeds from the cache, with the same briefings and files', async () => {
    copyFileSync(SAMPLE_SEED, path.join(seeds, 'venezuela.txt'));
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    const first = await cached();
    const second = await cached();
    expect(first.summary.cached).toBe(0);
    // Nothing changed: the run says what the first said, without linking the set again.
    expect(second.summary).toMatchObject({ cached: 2, written: 0, unchanged: 2, briefings: null });
    expect(second.events.filter((event) => event.type === 'diagnostic')).toEqual(first.events.filter((event) => event.type === 'diagnostic'));
    // Asked for the JSON, a run links the cached outcomes again.
    const withJson = await runIngest({ seedsDir: seeds, outDir: out, jsonFile: path.join(work, 'all.json'), now: null, cacheDir: path.join(work, 'cache') }, () => {});
    expect(withJson).toMatchObject({ cached: 2, written: 0, unchanged: 2 });
    expect(linked(withJson)).toEqual(linked(first.summary));
  });

  test('notices a briefing edited by hand, or a seed removed, after a run that changed nothing', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'b.txt'), ARTICLE.replace('quiet', 'loud'));
    await cached();
    expect((await cached()).summary.briefings).toBeNull();
    writeFileSync(path.join(out, 'a.mdx'), `${readFileSync(path.join(out, 'a.mdx'), 'utf8')}\nA line the curator added.\n`);
    const edited = await cached();
    expect(edited.summary).toMatchObject({ keptEdits: 1, unchanged: 1 });
    expect(edited.events).toContainEqual(expect.objectContaining({ file: 'a.mdx', diagnostic: expect.objectContaining({ rule: 'hand-edited' }) }));
    // The edit is said again on the next run, which changes nothing.
    const again = await cached();
    expect(again.summary).toMatchObject({ keptEdits: 1, unchanged: 1, briefings: null });
    expect(again.events).toEqual(edited.events.filter((event) => event.type === 'diagnostic'));
    rmSync(path.join(seeds, 'b.txt'));
    const removed = await cached();
    expect(removed.summary).toMatchObject({ removed: ['b.mdx'], keptEdits: 1 });
    expect(readdirSync(out).filter((file) => file.endsWith('.mdx'))).toEqual(['a.mdx']);
  });

  test('ingests again a seed or a sidecar that changed, and nothing else', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'b.txt'), ARTICLE.replace('quiet', 'loud'));
    writeFileSync(path.join(seeds, 'c.txt'), ARTICLE.replace('quiet', 'calm'));
    await cached();
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE.replace('quiet', 'changed'));
    writeFileSync(path.join(seeds, 'b.yaml'), 'title: A curated headline\n');
    const { summary } = await cached();
    expect(summary.cached).toBe(1);
    expect(linked(summary).map((briefing) => briefing.title)).toEqual(['A changed headline', 'A curated headline', 'A calm headline']);
  });

  test('keeps only the entries of seeds still there, and writes nothing again when nothing changed', async () => {
    const cacheText = () =>
      readdirSync(path.join(work, 'cache'))
        .sort()
        .map((file) => readFileSync(path.join(work, 'cache', file), 'utf8'))
        .join('\n');
    const cacheTimes = () => readdirSync(path.join(work, 'cache')).map((file) => statSync(path.join(work, 'cache', file)).mtimeMs);
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'b.txt'), ARTICLE.replace('quiet', 'loud'));
    await cached();
    expect(cacheText()).toContain('A loud headline');

    rmSync(path.join(seeds, 'b.txt'));
    await cached();
    expect(cacheText()).not.toContain('A loud headline');
    expect(cacheText()).toContain('A quiet headline');

    const before = cacheTimes();
    const { summary } = await cached();
    expect(summary.cached).toBe(1);
    expect(cacheTimes()).toEqual(before);
  });

  test('ingests a seed again when its cache entry is damaged', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    await cached();
    const entries = readdirSync(path.join(work, 'cache'), { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.json'));
    for (const entry of entries) writeFileSync(path.join(work, 'cache', entry), '{"briefing": {"tru');
    const { summary } = await cached();
    expect(summary).toMatchObject({ cached: 0, unchanged: 1 });
    expect(linked(summary)[0]?.title).toBe('A quiet headline');
  });

  const rewriteCache = (change: (text: string) => string) => {
    for (const entry of readdirSync(path.join(work, 'cache')).filter((name) => name.endsWith('.json'))) {
      const file = path.join(work, 'cache', entry);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
    }
  };

  test('does not use an entry that was changed, and says so', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    await cached();
    rewriteCache((text) => text.replaceAll('A quiet headline', 'A tampered headline'));
    const { summary, events } = await cached();
    expect(summary).toMatchObject({ cached: 0, unchanged: 1, warnings: 2 });
    expect(linked(summary)[0]?.title).toBe('A quiet headline');
    expect(events).toContainEqual(
      expect.objectContaining({
        file: 'a.txt',
        diagnostic: expect.objectContaining({ severity: 'warning', rule: 'cache-entry-invalid', message: expect.stringContaining('ingested the seed again') }),
      }),
    );
    // The entry written again is sound: the next run takes it, without a warning.
    expect((await cached()).summary).toMatchObject({ cached: 1, warnings: 1 });
  });

  test('does not use an entry of valid JSON but the wrong shape, and says so', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    await cached();
    rewriteCache((text) => JSON.stringify(Object.fromEntries(Object.keys(JSON.parse(text)).map((key) => [key, { briefing: null, diagnostics: 5 }]))));
    const { summary, events } = await cached();
    expect(summary).toMatchObject({ cached: 0, unchanged: 1 });
    expect(events.flatMap((event) => (event.type === 'diagnostic' ? [event.diagnostic.rule] : []))).toEqual(['cache-entry-invalid', 'no-byline']);
  });

  test('keeps the caches of the output folders used last, the current one always, and removes the rest', async () => {
    const root = path.join(work, 'caches');
    const folders = Array.from({ length: 5 }, (_, index) => path.join(root, `folder-${index}`));
    for (const [index, folder] of folders.entries()) {
      mkdirSync(folder, { recursive: true });
      const used = new Date(Date.UTC(2026, 0, 1 + index));
      utimesSync(folder, used, used);
    }
    // The oldest folder is the one ingested into now: it stays, with the two used most recently.
    await pruneCacheFolders(root, folders[0] ?? '', 3);
    expect(readdirSync(root).sort()).toEqual(['folder-0', 'folder-3', 'folder-4']);
  });
});

describe('briefings edited by hand', () => {
  const editAndIngest = async (force = false) => {
    const file = path.join(out, 'plain.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('The second paragraph of it.', 'The second paragraph, put better by a curator.'));
    const events: IngestEvent[] = [];
    const summary = await runIngest({ seedsDir: seeds, outDir: out, jsonFile: null, now: null, force }, (event) => events.push(event));
    const messages = events.flatMap((event) => (event.type === 'diagnostic' ? [`${event.folder}/${event.file}: ${event.diagnostic.rule}: ${event.diagnostic.message}`] : []));
    return { summary, messages, text: readFileSync(file, 'utf8') };
  };

  beforeEach(async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    await ingest();
  });

  test('are left alone, with one warning saying the seed has not changed', async () => {
    const { summary, messages, text } = await editAndIngest();
    expect(text).toContain('put better by a curator');
    expect(summary).toMatchObject({ written: 0, keptEdits: 1 });
    expect(messages.filter((message) => message.includes('hand-edited'))).toEqual([
      'content/plain.mdx: hand-edited: The briefing was edited by hand (the seed has not changed since); left it as it is. Run ingest with --force to regenerate it',
    ]);
  });

  test('say so when the seed has changed since', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE.replace('quiet', 'revised'));
    const { messages, text } = await editAndIngest();
    expect(text).toContain('put better by a curator');
    expect(messages.some((message) => message.includes('the seed has changed since, and its changes are not in the briefing'))).toBe(true);
  });

  test('are replaced with --force, which says which edits it replaced', async () => {
    const { summary, messages, text } = await editAndIngest(true);
    expect(text).not.toContain('put better by a curator');
    expect(summary).toMatchObject({ written: 1, keptEdits: 0 });
    expect(messages).toContain('content/plain.mdx: hand-edit-replaced: Replaced the hand edits of this briefing with a new one from plain.txt (--force)');
  });

  test('are kept when their seed is gone', async () => {
    const file = path.join(out, 'plain.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('The second paragraph of it.', 'Edited.'));
    rmSync(path.join(seeds, 'plain.txt'));
    const { summary, diagnostics } = await ingest();
    expect(summary.removed).toEqual([]);
    expect(readdirSync(out)).toEqual(['plain.mdx']);
    expect(diagnostics).toEqual(['plain.mdx: hand-edited']);
  });
});

describe('curator sidecars', () => {
  const SIDECAR = [
    'title: CIA struck a Venezuelan port, sources say',
    'published: 2025-12-30T23:15:00+05:30',
    'hide:',
    '  - Administration officials have offered',
    'dates:',
    '  - phrase: the first week of August',
    '    value: 2025-W32',
    'entities:',
    '  Central Intelligence Agency: CIA',
    'topics: [covert action]',
    'note: The date of the strike is disputed between outlets.',
    'corrections:',
    '  - date: 2026-01-02',
    '    text: An earlier version named the wrong command.',
    'featured: true',
  ].join('\n');

  test('apply every correction and editorial field to the briefing, on every ingest', async () => {
    copyFileSync(SAMPLE_SEED, path.join(seeds, 'venezuela.txt'));
    writeFileSync(path.join(seeds, 'venezuela.yaml'), SIDECAR);
    const { summary, diagnostics } = await ingest();
    expect(diagnostics).toEqual([]);
    const [briefing] = linked(summary);
    expect(briefing).toMatchObject({
      title: 'CIA struck a Venezuelan port, sources say',
      published: '2025-12-30T23:15:00+05:30',
      note: 'The date of the strike is disputed between outlets.',
      corrections: [{ date: '2026-01-02', text: 'An earlier version named the wrong command.' }],
      featured: true,
      draft: false,
    });
    // The last of the eleven paragraphs is hidden, kept in `dropped` with its seed line.
    expect(briefing?.body).toHaveLength(10);
    expect(briefing?.body.some((paragraph) => paragraph.text.startsWith('Administration officials'))).toBe(false);
    expect(briefing?.dropped).toContainEqual(expect.objectContaining({ rule: 'curator-hidden', line: 17 }));
    expect(briefing?.dates.find((date) => date.phrase === 'the first week of August')).toMatchObject({
      value: '2025-W32',
      precision: 'week',
      start: '2025-08-04',
      end: '2025-08-10',
    });
    expect(briefing?.entities.organizations.map((organization) => organization.name)).toContain('CIA');
    expect(briefing?.entities.organizations.find((organization) => organization.name === 'CIA')?.aliases).toContain('Central Intelligence Agency');
    expect(briefing?.topics[0]).toEqual({ name: 'covert action', origin: 'curator' });
    expect(readFileSync(path.join(out, 'venezuela.mdx'), 'utf8')).toContain('title: CIA struck a Venezuelan port, sources say');
  });

  test('point at a mistake in the sidecar with its line and column, and ingest the seed without it', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'plain.yaml'), 'title: Fine\nfeatured: maybe\n');
    const { summary, messages } = await ingest();
    expect(messages).toContainEqual(
      expect.objectContaining({
        file: 'plain.yaml',
        severity: 'error',
        rule: 'sidecar-field',
        line: 2,
        column: 11,
        message: '"featured": expected true or false, found "maybe"; the sidecar was not applied',
      }),
    );
    expect(linked(summary)[0]?.title).toBe('A quiet headline');
    expect(summary.errors).toBe(1);
  });

  test('warn about corrections that match nothing, naming the sidecar', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'plain.yaml'), 'hide:\n  - No such opening words\nentities:\n  Nobody: Someone\n');
    const { messages } = await ingest();
    expect(messages.filter((message) => message.file === 'plain.yaml').map((message) => message.rule)).toEqual([
      'sidecar-hide-unmatched',
      'sidecar-entity-unmatched',
    ]);
  });

  test('refuse a sidecar whose aliases expand exponentially, naming its place, and ingest the seed without it', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [index, name] of [...'bcdefghi'].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`);
    writeFileSync(path.join(seeds, 'plain.yaml'), `${levels.join('\n')}\ntitle: *i\n`);
    const { summary, messages } = await ingest();
    expect(messages.filter((message) => message.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'plain.yaml', rule: 'sidecar-yaml', line: 2, column: 8, message: 'Its aliases expand to more than 100 copies; the sidecar was not applied' }),
    ]);
    expect(linked(summary).map((briefing) => briefing.title)).toEqual(['A quiet headline']);
  });

  test('decode a sidecar as seeds are decoded: its encoding found, its control characters removed, with warnings naming it', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    const sidecar = Buffer.concat([Buffer.from('title: Caf'), Buffer.from([0xe9]), Buffer.from(' reopens after the storm\nnote: "Checked\\0 by the desk\\u202e"\n')]);
    writeFileSync(path.join(seeds, 'plain.yaml'), sidecar);
    const { summary, messages } = await ingest();
    expect(linked(summary)[0]).toMatchObject({ title: 'Café reopens after the storm', note: 'Checked by the desk' });
    expect(messages.filter((message) => message.file === 'plain.yaml').map((message) => message.rule)).toEqual(['encoding-fallback', 'control-characters']);
  });

  test('add at most 25 topics to a briefing, with a warning that says what was left out', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    const topics = Array.from({ length: 2000 }, (_, index) => `topic number ${index + 1}`);
    writeFileSync(path.join(seeds, 'plain.yaml'), `topics: [${topics.join(', ')}]\n`);
    const { summary, messages } = await ingest();
    expect(linked(summary)[0]?.topics.map((topic) => topic.name)).toEqual(topics.slice(0, 25));
    expect(messages.filter((message) => message.rule === 'briefing-limit')).toEqual([
      expect.objectContaining({
        file: 'plain.txt',
        severity: 'warning',
        message: 'The briefing has 2,000 topics; kept the first 25 and left out 1,975, such as "topic number 26", "topic number 27" and "topic number 28"',
      }),
    ]);
  });

  test('report a sidecar with no seed beside it', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'gone.yaml'), 'featured: true\n');
    const { diagnostics } = await ingest();
    expect(diagnostics).toContain('gone.yaml: orphan-sidecar');
  });
});

describe('symbolic links in the seeds folder', () => {
  test('are followed inside the folder, never outside it, and never round a loop', async () => {
    mkdirSync(path.join(seeds, 'world'));
    writeFileSync(path.join(seeds, 'world', 'story.txt'), ARTICLE);
    writeFileSync(path.join(work, 'outside.txt'), 'Secret headline\n\nNot meant to be published.\n');
    symlinkSync(path.join(work, 'outside.txt'), path.join(seeds, 'outside.txt'));
    symlinkSync(path.join(seeds, 'world'), path.join(seeds, 'again'));
    symlinkSync(seeds, path.join(seeds, 'world', 'loop'));
    symlinkSync(path.join(seeds, 'nowhere.txt'), path.join(seeds, 'broken.txt'));
    const { summary, diagnostics } = await ingest();
    expect(linked(summary).map((briefing) => briefing.source.file)).toEqual(['world/story.txt']);
    expect(diagnostics).toEqual([
      'again: symlink-repeat',
      'broken.txt: symlink-broken',
      'outside.txt: symlink-outside',
      'world/loop: symlink-loop',
      'world/story.txt: no-byline',
    ]);
  });
});
