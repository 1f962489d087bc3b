import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SeedOutcome } from '../../../src/pipeline/ingest-seed.ts';
import type { Briefing, DateMention } from '../../../src/pipeline/types.ts';
import { linkBriefings } from '../../../src/pipeline/whole-set/link-briefings.ts';
import { agreedDate, findCounts } from '../../../src/pipeline/whole-set/stories.ts';
import { makeBriefing, paragraphs } from '../../support/briefings.ts';
import { ingestText, ROOT } from '../../support/seeds.ts';

/** Three outlets' versions of one dam breach, and an unrelated story that names the same governor. */
const STORY_SEEDS = path.join(ROOT, 'tests', 'fixtures', 'stories');

function ingestStories(): { briefing: Briefing; keyphrases: SeedOutcome['keyphrases'] }[] {
  return readdirSync(STORY_SEEDS)
    .sort()
    .map((name) => ingestText(name, readFileSync(path.join(STORY_SEEDS, name))))
    .map((outcome) => ({ briefing: outcome.briefing as Briefing, keyphrases: outcome.keyphrases }));
}

function bySlug(briefings: readonly Briefing[]): Record<string, Briefing> {
  return Object.fromEntries(briefings.map((briefing) => [briefing.slug, briefing]));
}

describe('stories across outlets', () => {
  test('groups the versions of one story and leaves an unrelated story that shares a name alone', () => {
    const linked = bySlug(linkBriefings(ingestStories()));
    expect(linked['gazette-dam']?.story?.id).toBe('gazette-dam');
    expect(linked['wire-dam']?.story?.id).toBe('gazette-dam');
    expect(linked['ledger-dam']?.story?.id).toBe('gazette-dam');
    expect(linked['gazette-budget']?.story).toBeNull();
    // The story's title is one of its own headlines, the same on every member.
    expect(new Set(['gazette-dam', 'wire-dam', 'ledger-dam'].map((slug) => linked[slug]?.story?.title)).size).toBe(1);
  });

  test('tells each shared event once, citing every briefing and paragraph, and flags the dates that cannot all be true', () => {
    const linked = bySlug(linkBriefings(ingestStories()));
    const events = linked['gazette-dam']?.storyEvents ?? [];
    const breach = events.find((event) => event.tellings.some((telling) => telling.date.phrase === 'Monday night'));
    expect(breach?.tellings.map((telling) => `${telling.briefing} ${telling.paragraph}`).sort()).toEqual(['gazette-dam p-1', 'ledger-dam p-1', 'wire-dam p-1']);
    expect(breach?.disputed).toBe(true);
    // Two of three say Tuesday: the story dates it so, and the Ledger's Monday night is the disagreement.
    expect(breach?.date.value).toBe('2026-03-10');
    const emergency = events.find((event) => event.tellings.some((telling) => /state of emergency/.test(telling.text)));
    expect(emergency?.tellings).toHaveLength(3);
    expect(emergency?.disputed).toBe(false);
  });

  test('names the outlets that give a count differently', () => {
    const linked = bySlug(linkBriefings(ingestStories()));
    const killed = linked['ledger-dam']?.storyCounts.find((count) => count.what === 'people killed');
    expect(killed?.claims.map((claim) => `${claim.outlet}: ${claim.count}`).sort()).toEqual(['Harbor Gazette: 14', 'Northern Ledger: 9', 'Valley Wire: 14']);
  });

  test('a curator takes a briefing out of its story, or puts one in by id', () => {
    const items = ingestStories();
    const out = bySlug(linkBriefings(items, { stories: new Map([['ledger-dam', null]]) }));
    expect(out['ledger-dam']?.story).toBeNull();
    expect(out['wire-dam']?.story?.id).toBe('gazette-dam');
    const joined = bySlug(linkBriefings(items, { stories: new Map([['gazette-budget', 'gazette-dam']]) }));
    expect(joined['gazette-budget']?.story?.id).toBe('gazette-dam');
    const named = bySlug(linkBriefings(items, { stories: new Map([['gazette-budget', 'ruiz-budget'], ['wire-dam', 'ruiz-budget']]) }));
    // A curator's id wins over what the text suggests, and two ids a curator set are never joined.
    expect(named['wire-dam']?.story?.id).toBe('ruiz-budget');
    expect(named['gazette-budget']?.story?.id).toBe('ruiz-budget');
    expect(named['gazette-dam']?.story?.id).toBe('ruiz-budget');
  });

  test('a briefing alone has no story, no story events and no story counts', () => {
    const [alone] = linkBriefings([{ briefing: makeBriefing({ slug: 'solo' as Briefing['slug'] }), keyphrases: [] }]);
    expect(alone).toMatchObject({ story: null, storyEvents: [], storyCounts: [] });
  });
});

describe('events and counts across a story', () => {
  const dated = (slug: string, outlet: string, published: string, text: string, phrase: string, day: string): Briefing =>
    makeBriefing({
      slug: slug as Briefing['slug'],
      outlet,
      published,
      body: paragraphs([text]),
      timeline: [
        {
          text,
          paragraph: 'p-1',
          about: ['Port Authority'],
          date: { phrase, type: 'DATE', paragraph: 'p-1', offset: text.indexOf(phrase), value: day, start: day, end: day, precision: 'day' },
          conflicts: [],
        },
      ],
    });

  test('two clauses told differently with days that do not meet are two events, not a disagreement', async () => {
    const { mergeEvents } = await import('../../../src/pipeline/whole-set/stories.ts');
    const events = mergeEvents([
      dated('a', 'Coast Herald', '2026-03-12', 'The Port Authority closed the harbour on Monday after the storm.', 'Monday', '2026-03-09'),
      dated('b', 'Metro Times', '2026-03-12', 'The Port Authority reopened the harbour to ferries on Wednesday.', 'Wednesday', '2026-03-11'),
    ]);
    expect(events).toEqual([]);
  });

  test('counts a week apart are a rising toll, not a disagreement; counts a day apart are', () => {
    const text = (count: number) => `At least ${count} people were killed in the storm.`;
    const members = [
      makeBriefing({ slug: 'a' as Briefing['slug'], published: '2026-03-10T10:00:00Z', body: paragraphs([text(5)]) }),
      makeBriefing({ slug: 'b' as Briefing['slug'], published: '2026-03-11T09:00:00Z', body: paragraphs([text(7)]) }),
      makeBriefing({ slug: 'c' as Briefing['slug'], published: '2026-03-18T09:00:00Z', body: paragraphs([text(30)]) }),
    ];
    const [first] = linkBriefings(members.map((briefing) => ({ briefing, keyphrases: [] })), { stories: new Map(members.map(({ slug }) => [slug, 'storm'])) });
    expect(first?.storyCounts.map((count) => count.claims.map((claim) => `${claim.briefing}:${claim.count}`))).toEqual([['a:5', 'b:7']]);
  });
});

describe('agreed dates', () => {
  const mention = (value: string, start: string, end: string, precision: DateMention['precision']): DateMention => ({
    phrase: value,
    type: 'DATE',
    paragraph: 'p-1',
    offset: 0,
    value,
    start,
    end,
    precision,
  });

  test('takes the most precise date every telling agrees with', () => {
    const result = agreedDate([mention('2025-08', '2025-08-01', '2025-08-31', 'month'), mention('2025-08-05', '2025-08-05', '2025-08-05', 'day')]);
    expect(result).toEqual({ date: expect.objectContaining({ value: '2025-08-05' }), disputed: false });
  });

  test('disputes dates that share no day', () => {
    const result = agreedDate([mention('2025-W32', '2025-08-04', '2025-08-10', 'week'), mention('2025-12', '2025-12-01', '2025-12-30', 'month')]);
    expect(result.disputed).toBe(true);
  });
});

describe('counts', () => {
  test.each([
    ['At least 14 people were killed in the flood.', 'people killed', 14],
    ['The strike killed 11 people on board.', 'people killed', 11],
    ['Three fishing boats were destroyed.', 'boats destroyed', 3],
    ['Police arrested 1,200 protesters overnight.', 'protesters arrested', 1200],
  ])('reads %j as %s: %i', (text, what, count) => {
    const [claim] = findCounts(makeBriefing({ body: paragraphs([text]) }));
    expect(claim).toMatchObject({ what, count, paragraph: 'p-1' });
  });

  test.each([['Two sources told the paper it was empty.'], ['The vote was 55 to 45.'], ['In 2025 prices rose.']])('finds no count in %j', (text) => {
    expect(findCounts(makeBriefing({ body: paragraphs([text]) }))).toEqual([]);
  });
});
