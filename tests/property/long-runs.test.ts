import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ingestText } from '../support/seeds.ts';

/**
 * One long unbroken word (letters, digits, dots, `@`: the shapes e-mail and abbreviation
 * patterns try every split of) must cost ingest time in proportion to its length. A word of
 * 200,000 characters took minutes when the tokenizer read it whole; the timeout below is the
 * guard, far above what a linear pass needs even on a busy machine.
 */
const unit = fc.string({ unit: fc.constantFrom(...'abcXYZ0189.@-'), minLength: 1, maxLength: 12 });
const longRun = fc.tuple(unit, fc.integer({ min: 50_000, max: 200_000 })).map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

describe('a seed with one long unbroken run', () => {
  test.prop([longRun], { numRuns: 6 })(
    'is ingested whole, its run kept in the body and never made a name or a topic',
    (run) => {
      const outcome = ingestText('long-run.txt', `A headline about nothing\n\nThe text ${run} ends here, said Ann Lee.\n`);
      const briefing = outcome.briefing;
      expect(briefing).not.toBeNull();
      expect(briefing?.body.some((paragraph) => paragraph.text.includes(run))).toBe(true);
      const names = [...(briefing?.entities.people ?? []), ...(briefing?.entities.organizations ?? []), ...(briefing?.entities.places ?? [])].map(
        (entity) => entity.name,
      );
      expect(names.filter((name) => name.length > 100)).toEqual([]);
      expect(outcome.keyphrases.filter((phrase) => phrase.name.length > 100)).toEqual([]);
    },
    120_000,
  );

  test.prop([longRun], { numRuns: 4 })(
    'that is the whole seed gives a briefing with the run as its text',
    (run) => {
      const outcome = ingestText('one-word.txt', run);
      const briefing = outcome.briefing;
      expect(briefing).not.toBeNull();
      expect([briefing?.title, ...(briefing?.body.map((paragraph) => paragraph.text) ?? [])].some((text) => text?.includes(run))).toBe(true);
    },
    120_000,
  );
});
