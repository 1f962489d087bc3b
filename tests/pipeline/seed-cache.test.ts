import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openSeedCache } from '../../src/io/seed-cache.ts';
import type { SeedOutcome } from '../../src/pipeline/ingest-seed.ts';
import { error } from '../../src/pipeline/diagnostics.ts';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'dossier-cache-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const outcome = (message: string): SeedOutcome => ({ briefing: null, keyphrases: [], contentKey: null, overrides: null, diagnostics: [error('empty-seed', message)] });

describe('openSeedCache', () => {
  test('gives back what was stored, after a save', async () => {
    const cache = openSeedCache(folder);
    await cache.set('aa01', outcome('first'));
    await cache.save(new Set(['aa01']));
    expect(await openSeedCache(folder).get('aa01')).toEqual({ kind: 'hit', outcome: outcome('first') });
    expect(await openSeedCache(folder).get('aa02')).toEqual({ kind: 'miss' });
  });

  test('does not give an entry moved under another key', async () => {
    const cache = openSeedCache(folder);
    await cache.set('aa01', outcome('of the first seed'));
    await cache.set('aa02', outcome('of the second seed'));
    await cache.save(new Set(['aa01', 'aa02']));
    const file = path.join(folder, 'aa.json');
    const entries = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ aa01: entries.aa01, aa02: entries.aa01 }));
    const reopened = openSeedCache(folder);
    expect(await reopened.get('aa01')).toMatchObject({ kind: 'hit' });
    expect(await reopened.get('aa02')).toEqual({ kind: 'invalid', reason: 'does not match its digest: it was changed, or belongs to another seed' });
  });

  test('says once that a group file is damaged, then takes its entries as missing', async () => {
    writeFileSync(path.join(folder, 'bb.json'), '{"bb01": {"briefing": {"tru');
    const cache = openSeedCache(folder);
    expect(await cache.get('bb01')).toEqual({ kind: 'invalid', reason: 'is in bb.json, which is not a JSON object of entries' });
    expect(await cache.get('bb02')).toEqual({ kind: 'miss' });
  });
});
