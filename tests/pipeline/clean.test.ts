import { describe, expect, test } from 'vitest';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { readBylineLine } from '../../src/pipeline/stages/byline.ts';
import { readPage } from '../../src/pipeline/stages/clean.ts';
import { headlineCandidatesOf } from '../../src/pipeline/stages/clean/header.ts';
import { HEADLINE_FEATURES, loadHeadlineWeights, scoreHeadline, type HeadlineFeatures } from '../../src/pipeline/stages/clean/headline-model.ts';
import { decodeSeed } from '../../src/pipeline/stages/decode.ts';
import type { Briefing, SeedPath } from '../../src/pipeline/types.ts';
import { cleanFixture, expectedBriefing, fixtureLines, ingestFixture } from '../support/fixtures.ts';
import { ingestText } from '../support/seeds.ts';

/** Two paragraphs of a plain news story, the body under the header lines the tests vary. */
const HARBOUR_STORY = [
  'The harbour board in Westmere voted on Tuesday to close the old ferry pier after engineers found cracks in its pilings.',
  'Ferries will use the north quay from next month while the board weighs the cost of a new pier, its chair said.',
].join('\n\n');

/** The fixture seeds with a written expectation, one quirk each. */
const FIXTURES = [
  'saved-news-page.txt',
  'wire-story.txt',
  'repeated-headline.txt',
  'doubled-body.txt',
  'near-repeat.txt',
  'key-points.txt',
  'bulleted-list.txt',
  'hard-wrapped.txt',
  'author-bio.txt',
  'comments-after.txt',
  'clean-article.txt',
  'no-title.txt',
  'undated-byline.txt',
  'future-date.txt',
  'role-under-byline.txt',
  'teaser-timestamps.txt',
  'headline-under-byline.txt',
  'headline-only.txt',
  'list-remnant.txt',
  'list-under-byline.txt',
  'furniture-words-in-sentences.txt',
  'paragraph-separators.txt',
  'date-first-line.txt',
  'photo-credit-outlet.txt',
  'headline-among-furniture.txt',
] as const;

const bodyOf = (briefing: Briefing) => briefing.body.map((paragraph) => (paragraph.list ? { text: paragraph.text, list: paragraph.list } : paragraph.text));
const droppedOf = (briefing: Briefing) => briefing.dropped.map((piece) => `${piece.line} ${piece.rule}`);
const rulesAt = (briefing: Briefing, line: number) => briefing.dropped.filter((piece) => piece.line === line).map((piece) => piece.rule);

describe.each(FIXTURES)('the fixture %s', (name) => {
  const outcome = ingestFixture(name);
  const briefing = cleanFixture(name);
  const expected = expectedBriefing(name);

  test('gives the headline, dek, summary, byline and date a reader sees', () => {
    expect({
      title: briefing.title,
      dek: briefing.dek,
      summary: briefing.summary,
      outlet: briefing.outlet,
      byline: briefing.byline,
      published: briefing.published,
    }).toEqual({
      title: expected.title,
      dek: expected.dek,
      summary: expected.summary,
      outlet: expected.outlet,
      byline: expected.byline,
      published: expected.published,
    });
  });

  test('keeps exactly the article body, in order', () => {
    expect(bodyOf(briefing)).toEqual(expected.body);
  });

  test('lists what it left out, each with its line and rule', () => {
    expect(droppedOf(briefing)).toEqual(expected.dropped);
    expect(outcome.diagnostics.map((diagnostic) => `${diagnostic.line ?? '-'} ${diagnostic.rule}`)).toEqual(expected.diagnostics);
  });

  test('loses no line: each is in a field, a byline, or dropped, and kept text is the seed text', () => {
    const lines = fixtureLines(name);
    const kept = [briefing.title, briefing.dek, ...(briefing.summary?.split('\n') ?? []), ...briefing.body.map((p) => p.text)];
    const dropped = briefing.dropped.map((piece) => piece.text);
    const everything = [...kept, ...dropped].join('\n');
    for (const [index, line] of lines.entries()) {
      if (readBylineLine({ line: index + 1, text: line.trim() }, DEFAULT_CONTEXT) !== null) continue;
      // Words, that is: a bullet is the list's structure, not text.
      for (const word of line
        .trim()
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)))
        expect(everything).toContain(word);
    }
    // Kept text reads as in the seed: each body paragraph is a seed line, or seed lines joined.
    const seed = lines.map((line) => line.trim()).join(' ');
    for (const paragraph of briefing.body) expect(seed).toContain(paragraph.text);
  });
});

describe('rules that drop page furniture', () => {
  const page = cleanFixture('saved-news-page.txt');

  test.each([
    [1, 'boilerplate-link', 'Skip to content'],
    [5, 'boilerplate-nav', 'a menu entry'],
    [21, 'boilerplate-share', 'Share this article'],
    [26, 'photo-credit', 'a caption ending in its credit'],
    [32, 'boilerplate-ad', 'Advertisement'],
    [36, 'boilerplate-read-more', 'Read more: …'],
    [42, 'related-stories', 'a teaser heading'],
    [44, 'related-stories', 'a teaser under it'],
    [47, 'boilerplate-tags', 'Tags: …'],
    [49, 'comment-count', '12 Comments'],
    [51, 'copyright-notice', '© 2024 …'],
    [52, 'boilerplate-legal', 'Privacy Policy | Terms of Use'],
    [53, 'cookie-notice', 'a cookie notice'],
  ])('line %i is dropped as %s (%s)', (line, rule) => {
    expect(rulesAt(page, line)).toEqual([rule]);
  });

  test('keeps the short paragraph between paragraphs and the wire dateline', () => {
    expect(page.body.map((p) => p.text)).toContain('Talks resume on Thursday.');
    expect(page.body[0]?.text).toMatch(/^LONDON \(Reuters\) - Grain exports/);
  });

  test('drops the author note that closes an article, and the reading time', () => {
    const bio = cleanFixture('author-bio.txt');
    expect(rulesAt(bio, 13)).toEqual(['author-bio']);
    expect(rulesAt(bio, 1)).toEqual(['reading-time']);
  });

  test('ends the article where its comments begin', () => {
    const article = cleanFixture('comments-after.txt');
    expect(rulesAt(article, 7)).toEqual(['comment-count']);
    expect(rulesAt(article, 12)).toEqual(['outside-article']);
  });

  test('ends the article at a comment thread’s heading, and drops each comment’s stamp and reply button by rule', () => {
    const seed = [
      'Westmere harbour board shuts its old ferry pier',
      'By Ana Ruiz, 19 November 2019',
      'The harbour board in Westmere voted on Tuesday to close the old ferry pier after engineers found cracks in its pilings.',
      'Ferries will use the north quay from next month while the board weighs the cost of a new pier, its chair said.',
      '34 responses to “Westmere harbour board shuts its old ferry pier”',
      'Tom Lee · 3h ago',
      'About time too, that pier has been falling apart for years and nobody did a thing about it.',
      'Reply',
      'Mary Cole · 2h ago',
      'I used that ferry every week and the north quay is much further from the bus stop than the pier.',
      'Reply',
    ].join('\n\n');
    const briefing = ingestText('thread.txt', seed).briefing;
    expect(briefing?.body.map((p) => p.text)).toEqual(seed.split('\n\n').slice(2, 4));
    expect([9, 11, 15, 17].map((line) => (briefing ? rulesAt(briefing, line) : []))).toEqual([
      ['comment-count'],
      ['boilerplate-timestamp'],
      ['comment-control'],
      ['boilerplate-timestamp'],
    ]);
  });

  test('drops what the page says where its player would be, and keeps news of a video', () => {
    const notice = 'Your browser does not support HTML5 video.';
    const news = 'The video is no longer available online, the harbour board said on Tuesday.';
    const seed = `Westmere harbour board shuts its old ferry pier\n\n${notice}\n\nThe harbour board in Westmere voted on Tuesday to close the old ferry pier after engineers found cracks.\n\n${news}\n`;
    const briefing = ingestText('player.txt', seed).briefing;
    expect(briefing?.dropped.map((piece) => `${piece.line} ${piece.rule}`)).toEqual(['3 media-notice']);
    expect(briefing?.body.map((p) => p.text)).toContain(news);
  });

  test('takes the rules over a comment form for the start of the comments', () => {
    const seed = [
      'Ferry timetable changes from May',
      '',
      'The island ferry will run two extra crossings on weekdays from the first of May, the operator said on Friday.',
      '',
      'As you comment, please be respectful of other commenters and keep to the topic of the article.',
      '',
      'The early boat has been full every single morning this spring, and I am glad something is being done.',
    ].join('\n');
    const briefing = ingestText('policy.txt', seed).briefing;
    expect(briefing?.body.map((p) => p.text)).toEqual([
      'The island ferry will run two extra crossings on weekdays from the first of May, the operator said on Friday.',
    ]);
    expect(briefing?.dropped.map((piece) => `${piece.line} ${piece.rule}`)).toEqual(['5 comment-count', '7 outside-article']);
  });

  test('drops the job line under a byline, and the time stamps of a teaser list', () => {
    expect(rulesAt(cleanFixture('role-under-byline.txt'), 8)).toEqual(['page-header']);
    const teasers = cleanFixture('teaser-timestamps.txt');
    expect([7, 9, 10, 16].map((line) => rulesAt(teasers, line))).toEqual([['related-stories'], ['related-stories'], ['teaser-run'], ['teaser-run']]);
  });

  test('drops a ranked teaser list whose numbers stand on lines of their own, however long its teasers run', () => {
    const teasers = [
      'Ferry fares to rise in the spring Operator says fuel costs have doubled since the winter and the board must choose between fares and crossings.',
      'Harbour board meets on Thursday The board will hear from engineers about the state of the old pier and vote on a date to close it for good.',
      'New quay opens to cargo boats Fishing crews say the north quay is deeper and safer than the old pier, though the walk to the market is longer.',
    ];
    const seed = [
      'Westmere harbour board votes to close its old ferry pier',
      '',
      'By Ana Ruiz',
      '',
      HARBOUR_STORY,
      '',
      'Most Read',
      '',
      ...teasers.flatMap((teaser, index) => [`${index + 1}.`, teaser, '']),
    ].join('\n');
    const briefing = ingestText('ranked.txt', seed).briefing;
    expect(briefing?.body.map((paragraph) => paragraph.text)).toEqual(HARBOUR_STORY.split('\n\n'));
  });

  test('drops the repeated headline, and the summary label', () => {
    expect(rulesAt(cleanFixture('repeated-headline.txt'), 2)).toEqual(['repeated-title']);
    expect(rulesAt(cleanFixture('key-points.txt'), 4)).toEqual(['summary-label']);
  });

  test('keeps paragraphs the article prints again in the same order under each of its sections', () => {
    const breakfast = 'Breakfast: two eggs, a slice of rye toast and a cup of tea with no sugar at all.';
    const lunch = 'Lunch: a bowl of lentil soup with carrots, a green salad and a small apple on the side.';
    const dinners = [
      'Dinner on the first plan is grilled trout with new potatoes and a spoon of butter.',
      'Dinner on the second plan is a bean chilli with rice, cooked the night before.',
      'Dinner on the third plan is roast chicken with greens and a little gravy.',
    ];
    const sections = dinners.flatMap((dinner, index) => [`Plan ${index + 1}`, breakfast, lunch, dinner]);
    const seed = ['Three weekly meal plans for the winter', 'Each plan below keeps the same breakfast and lunch, and changes the dinner.', ...sections].join(
      '\n\n',
    );
    const briefing = ingestText('plans.txt', seed).briefing;
    expect(briefing?.body.map((paragraph) => paragraph.text).filter((text) => text === breakfast || text === lunch)).toEqual([
      breakfast,
      lunch,
      breakfast,
      lunch,
      breakfast,
      lunch,
    ]);
  });

  test('drops the second and third copies of a body pasted three times', () => {
    const paragraphs = [
      'The harbour board in Westmere voted on Tuesday to close the old ferry pier after engineers found cracks.',
      'Ferries will use the north quay from next month while the board weighs the cost of a new pier.',
      'Fishing boats keep their moorings on the south side, the harbour master said in a short statement.',
    ];
    const seed = ['Westmere shuts its old ferry pier', ...paragraphs, ...paragraphs, ...paragraphs].join('\n\n');
    expect(ingestText('tripled.txt', seed).briefing?.body.map((paragraph) => paragraph.text)).toEqual(paragraphs);
  });

  test('drops the second pasted copy and a repeat with small edits, keeping the first', () => {
    const doubled = cleanFixture('doubled-body.txt');
    expect([5, 8, 9].map((line) => rulesAt(doubled, line))).toEqual([['duplicate-paragraph'], ['duplicate-paragraph'], ['duplicate-paragraph']]);
    const edited = cleanFixture('near-repeat.txt');
    expect(rulesAt(edited, 4)).toEqual(['duplicate-paragraph']);
    expect(edited.body[0]?.text).toContain('said on Friday');
  });
});

describe('the parts of an article', () => {
  test('reads a bulleted summary under "Key points", one item a line', () => {
    expect(cleanFixture('key-points.txt').summary).toBe('Riders must be 16 or older.\nScooters are limited to 20 km/h.\nPavement riding brings a fine.');
  });

  test('takes the headline from above the summary label, never the summary under it', () => {
    const seed = [
      'Related Articles\nWhy the river rose again\nThe council and the budget',
      'Pier shut down',
      'TL;DR\nWestmere harbour board closes its old ferry pier after engineers find cracked pilings.',
      'The harbour board voted on Tuesday to close the old ferry pier. Ferries will use the north quay from next month.',
    ].join('\n\n');
    const briefing = ingestText('summary.txt', seed).briefing;
    expect({ title: briefing?.title, summary: briefing?.summary }).toEqual({
      title: 'Pier shut down',
      summary: 'Westmere harbour board closes its old ferry pier after engineers find cracked pilings.',
    });
  });

  test('keeps a list as a list, its items without their bullets', () => {
    const list = cleanFixture('bulleted-list.txt').body.filter((paragraph) => paragraph.list);
    expect(list.map((paragraph) => paragraph.text)).toEqual([
      'Income tax thresholds rise by 2%.',
      'Fuel duty is frozen for another year.',
      'Child benefit is paid to more families.',
    ]);
    expect(new Set(list.map((paragraph) => JSON.stringify(paragraph.list)))).toEqual(new Set(['{"id":"l-1","ordered":false}']));
  });

  test('joins hard-wrapped lines back into paragraphs with one space', () => {
    const [first] = cleanFixture('hard-wrapped.txt').body;
    expect(first?.text).toBe(
      'Engineers restored the water supply to about 4,000 homes late on Sunday, after a main burst under the high street early that morning and flooded several shops along the road.',
    );
  });

  test('keeps the whole of a wire story, its headline sentence repeated as the first paragraph included', () => {
    const wire = cleanFixture('wire-story.txt');
    expect(wire.body.map((p) => p.text)).toEqual(
      fixtureLines('wire-story.txt')
        .slice(3)
        .filter((line) => line !== ''),
    );
  });

  test('finds a headline printed under the byline, and a desk that signs the article', () => {
    const briefing = cleanFixture('headline-under-byline.txt');
    expect({ title: briefing.title, byline: briefing.byline }).toEqual({ title: 'Harbour reopens after a week of storm repairs', byline: 'Express Web Desk' });
  });

  test('gives a seed that is only its headline that line as its one paragraph', () => {
    expect(cleanFixture('headline-only.txt').body.map((p) => p.text)).toEqual(['Harbour reopens after a week of storm repairs']);
  });

  test('reads a list whole where the article starts with it, its short first item included', () => {
    expect(
      cleanFixture('list-under-byline.txt')
        .body.filter((p) => p.list)
        .map((p) => p.text),
    ).toEqual(['Tax', 'Fuel duty is frozen for another year.', 'Child benefit is paid to more families.']);
  });

  test('keeps the one item of a list left by its furniture as a line, bullet and all, as a lone bulleted line is read', () => {
    const [remnant] = cleanFixture('list-remnant.txt').body.filter((p) => p.text.includes('opening hours'));
    expect(remnant).toEqual({ id: 'p-3', text: '- The library keeps its opening hours, and the mobile library visits the villages again.' });
  });

  test('titles a seed without a headline from its first words, and says so', () => {
    const outcome = ingestFixture('no-title.txt');
    expect(outcome.briefing?.title).toBe('The first paragraph starts right away, with no headline above it, and…');
    expect(outcome.diagnostics).toContainEqual(expect.objectContaining({ rule: 'no-title' }));
  });
});

describe('a clean article', () => {
  test('comes through whole: title line, then every paragraph, nothing dropped', () => {
    const briefing = cleanFixture('clean-article.txt');
    expect(briefing.title).toBe('A quiet headline');
    expect(briefing.body.map((p) => p.text)).toEqual([
      'The first paragraph of a plain article, with nothing around it.',
      'Short one.',
      'The last paragraph says what happens next.',
    ]);
    expect(briefing.dropped).toEqual([]);
  });

  test('keeps the characters of its text as written: spacing, quotes and dashes', () => {
    const text = 'Prices  rose — "sharply" — in the first week of August, officials said.';
    const briefing = ingestText('spacing.txt', `Headline here\n\n${text}\n`).briefing;
    expect(briefing?.body.map((p) => p.text)).toEqual([text]);
  });
});

describe('the headline among the header lines', () => {
  const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Weather'].join('\n');
  const body = HARBOUR_STORY;
  const titleOf = (seed: string) => ingestText('header.txt', seed).briefing?.title;

  test.each([
    'Copy this link',
    'Get author RSS feed',
    'View author archive',
    'Reuters',
    'Associated Press',
    'Your browser does not support the video player',
    'WESTMERE (Reuters) - Harbour board shuts the pier',
    'Politics | Harbours | Westmere',
  ])('`%s` is never the headline: the title is derived, with a warning', (control) => {
    const outcome = ingestText('header.txt', `${menu}\n\nFacebook\n\nTwitter\n\n${control}\n\n${body}\n`);
    expect(outcome.briefing?.title).toMatch(/^The harbour board in Westmere voted/);
    expect(outcome.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('no-title');
  });

  // Each kind of line stands where a headline would: amid the masthead's furniture, alone above
  // the text, and just under the byline (where a page copied from the byline down has its headline).
  const kinds = [
    ['a site’s address', 'westmere-news.example'],
    ['a page’s address', 'Read it at westmere-news.example/local/pier'],
    ['an author’s name', 'Ana Ruiz'],
    ['a military rank', 'Lieutenant Colonel'],
    ['a clip’s label with its running time', 'Evening bulletin (02:31)'],
    ['a share box’s heading', 'Share on social'],
    ['a section’s name in another language', 'Notícias'],
    ['the first paragraph with its place’s dateline', `WESTMERE — ${body.split('\n\n')[0]}`],
    ['a date in a script the byline reader does not know', '2019年11月19日 14時30分'],
    ['a prompt to a social network', 'Join us on Facebook'],
    ['a link to the author’s feed', 'RSS feed for Ana Ruiz'],
    ['a notice where the video would be', 'This video is no longer available'],
    ['a notice about cookies', 'Cookies must be enabled'],
    ['a control of the page’s audio', 'Listen to this article'],
    ['a control for readers’ corrections', 'Report an error'],
    ['the text-size buttons', 'A A A'],
    ['a comment thread’s heading', '34 responses to “Westmere shuts its pier”'],
    ['a rank with a suffix', 'Brigadier General (Ret.)'],
    ['a prompt to the site’s app', 'Download our app'],
    ['a link to write to the author', 'Contact the author'],
    ['a paywall’s prompt', 'Already a subscriber? Log in'],
    ['a notice of the article’s age', 'This article is more than 4 years old'],
    ['a note about the author', 'Ana Ruiz is a reporter at Westmere News'],
    ['the first paragraph with its place and region’s dateline', `WESTMERE, England — ${body.split('\n\n')[0]}`],
  ] as const;
  const places = [
    ['amid the masthead', (line: string) => `${menu}\n\nFacebook\n\nTwitter\n\n${line}\n\n${body}\n`],
    ['alone above the text', (line: string) => `${line}\n\n${body}\n`],
    ['under the byline', (line: string) => `${menu}\n\nBy Ana Ruiz, 19 November 2019\n\n${line}\n\n${body}\n`],
  ] as const;
  test.each(kinds.flatMap(([kind, line]) => places.map(([place, seed]) => [kind, place, seed(line)] as const)))(
    '%s %s is never the headline: the title is derived from the text, with a warning',
    (_kind, _place, seed) => {
      const outcome = ingestText('header.txt', seed);
      expect(outcome.briefing?.title).toMatch(/^The harbour board in Westmere voted/);
      expect(outcome.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('no-title');
    },
  );

  test.each([
    ['amid the masthead', `${menu}\n\nEconomía y Negocios\n\n${body}\n`],
    ['under the byline', `${menu}\n\nBy Ana Ruiz, 19 November 2019\n\nNachrichten aus aller Welt\n\n${body}\n`],
  ])('a section’s name of a few words that the text does not name, %s, is never the headline', (_place, seed) => {
    const outcome = ingestText('header.txt', seed);
    expect(outcome.briefing?.title).toMatch(/^The harbour board in Westmere voted/);
    expect(outcome.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('no-title');
  });

  test('a seed that opens with a short line keeps it as its headline, though the text does not name it', () => {
    expect(titleOf(`Nachrichten aus aller Welt\n\n${body}\n`)).toBe('Nachrichten aus aller Welt');
  });

  test.each([
    ['Author: Ana Ruiz Publish date: Nov 19, 2019', 'Ana Ruiz', '2019-11-19'],
    ['Written by Ana Ruiz | Published: 19 November 2019', 'Ana Ruiz', '2019-11-19'],
    ['Reporter: Ana Ruiz', 'Ana Ruiz', null],
    ['Autor: Ana Ruiz', 'Ana Ruiz', null],
    ['Author: Westmere Morning Brief Published: 19 November 2019', 'Westmere Morning Brief', '2019-11-19'],
  ])('the labelled byline `%s` gives the author and date, and is neither headline nor body', (line, author, published) => {
    const briefing = ingestText('header.txt', `${menu}\n\nWestmere harbour board shuts its old ferry pier\n\n${line}\n\n${body}\n`).briefing;
    expect({ title: briefing?.title, byline: briefing?.byline, published: briefing?.published, first: briefing?.body[0]?.text }).toEqual({
      title: 'Westmere harbour board shuts its old ferry pier',
      byline: author,
      published,
      first: body.split('\n\n')[0],
    });
  });

  test('a column’s headline with its issue date stands over the standfirst that the text prints again as its first line', () => {
    const standfirst = 'The pier is shut, the ferries move north, and the board counts the cost of it all ...';
    const seed = `${menu}\n\nLocal\n\nHarbour Notes 11.19.19\n\n${standfirst}\n\nAuthor: Ana Ruiz Publish date: Nov 19, 2019\n\n${standfirst}\n\n${body}\n`;
    const briefing = ingestText('header.txt', seed).briefing;
    expect({ title: briefing?.title, dek: briefing?.dek, byline: briefing?.byline, published: briefing?.published }).toEqual({
      title: 'Harbour Notes 11.19.19',
      dek: standfirst,
      byline: 'Ana Ruiz',
      published: '2019-11-19',
    });
  });

  test.each([
    ['a title-cased headline of a few words', 'Westmere Pier Closes'],
    ['a headline that gives a time', 'Westmere ferries sail at 6:30 from the north quay'],
    ['a headline that opens with `By`', 'By Tuesday the Westmere pier is shut'],
    ['a headline with a score in it', 'Ferry review: the old pier scores 3.5/10'],
  ])('%s is still the headline, for the words it shares with the text', (_kind, headline) => {
    expect(titleOf(`${menu}\n\nFacebook\n\n${headline}\n\n${body}\n`)).toBe(headline);
    expect(titleOf(`${headline}\n\n${body}\n`)).toBe(headline);
  });

  test.each([
    [
      'Japanese',
      '港湾局、古いフェリー桟橋の閉鎖を決定',
      '写真：北岸壁に停泊するフェリー',
      '港湾局は火曜日、技術者が杭にひびを見つけたため、古いフェリー桟橋を閉鎖することを決めた。\n\nフェリーは来月から北岸壁を使う。港湾局は新しい桟橋の費用を検討していると局長が述べた。',
    ],
    [
      'Korean',
      '항구 위원회, 낡은 여객선 부두 폐쇄 결정',
      '사진: 북쪽 부두에 정박한 여객선',
      '항구 위원회는 화요일 기술자들이 말뚝에서 균열을 발견한 뒤 낡은 여객선 부두를 폐쇄하기로 결정했다.\n\n여객선은 다음 달부터 북쪽 부두를 이용하며, 위원회는 새 부두의 비용을 검토하고 있다고 위원장이 말했다.',
    ],
  ])('on a %s page the headline shares more characters with the text than the caption under it', (_language, headline, caption, text) => {
    expect(titleOf(`${headline}\n\n${caption}\n\n${text}\n`)).toBe(headline);
    expect(titleOf(`Home\n\nNews\n\n${headline}\n\n${caption}\n\n${text}\n`)).toBe(headline);
  });

  test('a short headline opening the seed is kept when the text says what it says', () => {
    expect(titleOf(`Pier shut\n\n${body}\n`)).toBe('Pier shut');
  });

  test('a one-word headline opening the seed is kept over the byline, though the text does not repeat it', () => {
    expect(titleOf(`Landfall\n\nBy Ana Ruiz, 19 November 2019\n\n${body}\n`)).toBe('Landfall');
  });

  test('the headline printed under the date line is found by the words it shares with the body', () => {
    const seed = `${menu}\n\nCity Notes\n\nWhy ports are costly to run\n\nTuesday 19 November 2019 9:22 am\n\nWestmere harbour board votes to close old ferry pier\n\nAna Ruiz\n\n${body}\n`;
    expect(titleOf(seed)).toBe('Westmere harbour board votes to close old ferry pier');
  });

  test('a title derived from a wire story leaves out its dateline', () => {
    const wire = `WESTMERE (Reuters) - ${body}`;
    const outcome = ingestText('header.txt', `${menu}\n\nFacebook\n\nTwitter\n\n${wire}\n`);
    expect(outcome.briefing?.title).toMatch(/^The harbour board in Westmere voted/);
    expect(outcome.briefing?.body[0]?.text).toMatch(/^WESTMERE \(Reuters\) - The harbour board/);
  });

  test('a seed with no headline keeps its first paragraph in the body, and warns', () => {
    const outcome = ingestText('header.txt', `${menu}\n\nFollow us on social media\n\n${body}\n`);
    expect(outcome.briefing?.body[0]?.text).toMatch(/^The harbour board in Westmere voted/);
    expect(outcome.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('no-title');
  });

  test('a breadcrumb trail glued to the headline is left out when the headline follows on its own', () => {
    const seed = `${menu}\n\nHome News Local Westmere harbour board closes the old ferry pier\n\nWestmere harbour board closes the old ferry pier\n\nNovember 19, 2019\n${body}\n`;
    expect(titleOf(seed)).toBe('Westmere harbour board closes the old ferry pier');
  });

  test('the headline is found above a share box of many lines between it and the text', () => {
    const networks = ['Facebook', 'Messenger', 'Twitter', 'Email', 'Pinterest', 'WhatsApp', 'LinkedIn', 'Reddit'];
    const shareBox = networks.flatMap((network) => [network, `Share this with ${network}`]).join('\n\n');
    const seed = `${menu}\n\nWestmere harbour board shuts its old ferry pier\n\n19 November 2019\n\n${shareBox}\n\n${shareBox}\n\n${body}\n`;
    expect(titleOf(seed)).toBe('Westmere harbour board shuts its old ferry pier');
  });

  test('teasers under `Most Popular` and `More on` headings, one printed twice, do not beat the headline above the byline', () => {
    const teaser = 'Westmere harbour board weighs the cost of a new ferry pier';
    const popular = [
      'Town council picks a new mayor',
      'Rail strike called off at the last minute',
      'Storm closes the coast road again',
      'School roof repairs run over budget',
      'Library reopens after a long refit',
      'Bus fares rise in the spring',
    ];
    const others = ['Northport opens a new marina on the old docks', 'Fishing fleet returns early as gales set in'];
    const teasers = ['Most Popular Today', ...popular, 'November 19, 2019 | 4:10pm', 'More On:', 'harbours', teaser, ...others, 'see also', teaser].join(
      '\n\n',
    );
    const seed = `${menu}\n\nWestmere harbour board votes to close its ferry pier\n\nBy Ana Ruiz\n\nView author archive\n\n${teasers}\n\n${body}\n`;
    expect(titleOf(seed)).toBe('Westmere harbour board votes to close its ferry pier');
  });

  test('a list of teasers with a date under each, between the header and the text, gives neither the headline nor the date', () => {
    const teasers = [
      ['LOCAL', 'Northport opens a new marina on the old docks', 'March 3, 2017'],
      ['FEATURES', 'Fishing fleet returns early as gales set in', 'October 12, 2016'],
      ['LOCAL', 'Westmere ferry timetable changes for the winter', 'November 20, 2015'],
      ['LOCAL', 'Harbour dues rise for the pier owners again', 'June 15, 2014'],
    ];
    const list = teasers.map((teaser) => teaser.join('\n\n')).join('\n\n');
    const seed = `${menu}\n\nWestmere harbour board closes the old ferry pier\n\nAna Ruiz\n\nTuesday 19 November 2019\n\n${list}\n\n${body}\n`;
    const briefing = ingestText('header.txt', seed).briefing;
    expect({ title: briefing?.title, published: briefing?.published }).toEqual({
      title: 'Westmere harbour board closes the old ferry pier',
      published: '2019-11-19',
    });
    expect(briefing?.dropped.filter((piece) => piece.text === 'June 15, 2014').map((piece) => piece.rule)).toEqual(['teaser-run']);
  });

  test('an author line with a link to the author’s page is the byline, and the standfirst under it is no headline', () => {
    const seed = `${menu}\n\nWestmere harbour board closes the old ferry pier\n\nAna Ruiz View More Articles\n\nFerries move to the north quay while Westmere weighs a new pier\n\nWestmere November 19, 2019 13:42\n\n${body}\n`;
    const briefing = ingestText('header.txt', seed).briefing;
    expect({ title: briefing?.title, byline: briefing?.byline }).toEqual({ title: 'Westmere harbour board closes the old ferry pier', byline: 'Ana Ruiz' });
  });

  test('the headline copied into a share box beats the standfirst printed again at the foot of the page', () => {
    const headline = 'Westmere pier closes, ferries move north';
    const dek = 'The harbour board acted after engineers found cracks in the old pilings at Westmere';
    const byline = 'By Ana Ruiz Nov 19, 2019, 7:53pm';
    const seed = `${menu}\n\nLocal\n\nHarbours\n\n${headline}\n\n${dek}\n\n${byline}\n\nShare all sharing options for: ${headline}\n\n${body}\n\n${dek}\n\n${byline}\n`;
    expect(titleOf(seed)).toBe(headline);
  });

  test('a saved page that opens with its own title keeps the long headline that title repeats, over a show name printed twice', () => {
    const headline = 'Westmere harbour board closes the old ferry pier after engineers find cracked pilings';
    const show = 'Harbour Radio Morning Show at 7am';
    const seed = `${headline} - Westmere Evening News\n\n${menu}\n\n${show}\n\nListen live\n\n${show}\n\nLocal news and weather for the coast.\n\n${headline}\n\nBy Ana Ruiz\n\n${body}\n`;
    expect(titleOf(seed)).toBe(headline);
  });

  test('a ticker of cut-off excerpts above the story is dropped as teasers, and the headline under it found', () => {
    const ticker = [
      'Harbour fees rise for cruise ships NORTHPORT: The port authority said on Monday that fees for the largest ships would rise by a fifth from...',
      'Ferry crew strike called off WESTMERE: The union representing ferry crews said late on Sunday that it had reached a deal with the operator…',
      'Storm closes coastal road EASTBAY: Police closed the coastal road on Tuesday morning after high tides washed stones and sand across both lanes...',
    ];
    const headline = 'Westmere pier closes, ferries move north';
    const seed = `${menu}\n\nBreaking News\n\n${ticker.join('\n')}\n\n${headline}\n\nBy Ana Ruiz\n\n${body}\n`;
    const briefing = ingestText('header.txt', seed).briefing;
    expect(briefing?.title).toBe(headline);
    expect(briefing?.body.map((paragraph) => paragraph.text)).toEqual(body.split('\n\n'));
    expect(briefing?.dropped.filter((piece) => piece.rule === 'teaser-run').map((piece) => piece.text)).toEqual(ticker);
  });

  test('a paragraph that trails off with an ellipsis stays in the article', () => {
    const trailing = 'The harbour master said the pier had served the town for a century, and then, after a pause, that perhaps...';
    const seed = `Westmere pier closes, ferries move north\n\nBy Ana Ruiz\n\n${body}\n\n${trailing}\n\nThe board meets again in March.\n`;
    expect(ingestText('header.txt', seed).briefing?.body.map((paragraph) => paragraph.text)).toEqual([
      ...body.split('\n\n'),
      trailing,
      'The board meets again in March.',
    ]);
  });

  test('a long headline sentence printed over the paragraph that opens with it is the headline, and the paragraph stays whole', () => {
    const headline = 'The harbour board in Westmere voted on Tuesday to close the old ferry pier after engineers found cracks.';
    const lede = `${headline} Ferries will use the north quay from next month.`;
    const briefing = ingestText('header.txt', `${headline}\n\n${lede}\n\nThe board meets again in March.\n`).briefing;
    expect({ title: briefing?.title, body: briefing?.body.map((paragraph) => paragraph.text) }).toEqual({
      title: headline,
      body: [lede, 'The board meets again in March.'],
    });
  });

  test('a short headline is kept when the page’s own title on its first line names it', () => {
    const seed = `Ferry Timetable | Westmere Harbour | Ferries | Tides\n\n${menu}\n\nFerry Timetable\n\nHere is the winter ferry timetable for every Westmere crossing, updated after each change.\n\n${body}\n`;
    expect(titleOf(seed)).toBe('Ferry Timetable');
  });

  test('the headline printed again in a share box beats the standfirst under it', () => {
    const headline = 'Westmere pier closes, ferries move north';
    const seed = `${menu}\n\nLocal\n\n${headline}\n\n12 comments\n\nThe harbour board acted after engineers found cracks in the old pilings at Westmere\n\nBy Ana Ruiz Nov 19, 2019, 7:53pm\n\nShare this story\nShare all sharing options for: ${headline}\n\n${body}\n`;
    expect(titleOf(seed)).toBe(headline);
  });

  test.each([
    ['a section’s label', 'N.Z. news'],
    ['a live player’s label', 'Watch WNTV Live'],
  ])('on a page copied twice, %s above the headline is not taken for the headline over a standfirst', (_kind, label) => {
    const headline = 'Westmere harbour board votes to close its old ferry pier';
    for (const top of ['', `${menu}\n\n`]) {
      const seed = `${top}${label}\n\n${headline}\n\nBy Ana Ruiz, 19 November 2019\n\n${body}\n\n${headline}\n\n${body}\n`;
      const briefing = ingestText('header.txt', seed).briefing;
      expect({ title: briefing?.title, dek: briefing?.dek }).toEqual({ title: headline, dek: null });
    }
  });
});

describe('a numbered list with a line under each item', () => {
  const intro = [
    'The holidays are near, and with them the long evenings that board games were made for. Here are the ones we liked best this year.',
    'Every one of them can be played by four people or more, and most take less than an hour to learn.',
  ].join('\n\n');
  const games = ['Harbour Pilots', 'Lighthouse Keepers', 'Ferry Race', 'Tide Tables', 'North Quay', 'Storm Wall', 'Pier Pressure', 'Sea Glass'];

  test('comes through whole, as one list, with the shop’s links listed as dropped', () => {
    const items = games.map((game, index) => `${index + 1}) ${game}, a board game for the whole family\n\nhttps://shop.example/games/${index + 1}`).join('\n\n');
    const briefing = ingestText('gift-list.txt', `Eight board games for the holidays\n\nBy Ana Ruiz, 19 November 2019\n\n${intro}\n\n${items}\n\nLeave a comment\n`).briefing;
    const listed = briefing?.body.filter((paragraph) => paragraph.list !== undefined) ?? [];
    expect(listed.map((paragraph) => paragraph.text)).toEqual(games.map((game) => `${game}, a board game for the whole family`));
    expect(new Set(listed.map((paragraph) => paragraph.list?.id)).size).toBe(1);
    expect(briefing?.dropped.filter((line) => line.text.startsWith('https://shop.example/')).length).toBe(games.length);
  });

  test('a paragraph between two items starts a list numbered on from the first', () => {
    const seed = `Two board games for the holidays\n\nBy Ana Ruiz, 19 November 2019\n\n${intro}\n\n1. Harbour Pilots\n2. Lighthouse Keepers\n\nBoth sold out last winter, so order early this time.\n\n3. Ferry Race\n4. Tide Tables\n`;
    const lists = ingestText('two-lists.txt', seed).briefing?.body.flatMap((paragraph) => (paragraph.list === undefined ? [] : [paragraph.list])) ?? [];
    expect(lists.map((list) => list.start ?? 1)).toEqual([1, 1, 3, 3]);
    expect(new Set(lists.map((list) => list.id)).size).toBe(2);
  });
});

describe('an author printed on a line of its own next to the date', () => {
  const body = HARBOUR_STORY;
  const authorOf = (line: string) =>
    ingestText('author-line.txt', `Westmere harbour board votes to close its old ferry pier\n\nNovember 18, 2019 | 4:10pm\n\n${line}\n\n${body}\n`).briefing?.byline;

  test.each(['Dallas Robinson', 'Nishant Kumar', 'Grace Segers'])('`%s` is the author', (name) => {
    expect(authorOf(name)).toBe(name);
  });

  test.each(['Enlarge Image', 'Business News', 'View Gallery'])('`%s`, words English writes in lower case, is no author', (line) => {
    expect(authorOf(line)).toBeNull();
  });
});

describe('lines printed over the headline', () => {
  const headline = 'Westmere harbour board votes to close its old ferry pier';
  const dek = 'The vote ends a year of argument over who pays for a new one';
  const body = HARBOUR_STORY;
  const titleOf = (seed: string) => ingestText('over-headline.txt', seed).briefing?.title;

  test.each([
    ['an agency’s name', 'Agence France-Presse'],
    ['a section’s name in another language', 'Últimas notícias'],
    ['a rank', 'Rear Admiral'],
    ['a player’s notice', 'Video player is loading.'],
    ['a site’s address', 'www.westmere-news.example'],
    ['a date', 'Tuesday, 4 March 2025'],
    ['a date in Portuguese', '4 de março de 2025'],
  ])('%s over the headline leaves the headline the page’s opening line, and its standfirst is kept', (_kind, line) => {
    const seed = `${line}\n\n${headline}\n\n${dek}\n\nBy Ana Ruiz\n\n${body}\n`;
    const briefing = ingestText('over-headline.txt', seed).briefing;
    expect(briefing?.title).toBe(headline);
    expect([briefing?.dek, ...(briefing?.body.map((paragraph) => paragraph.text) ?? [])]).toContain(dek);
  });

  test.each([
    ['a photo’s caption ending with its credit', 'Ferries wait at the north quay in Westmere on Monday (Ana Ruiz/Coast Photos)'],
    ['a stamp with clock times', 'Updated Mar 4, 10:12 AM; Posted Mar 4, 9:40 AM'],
    ['a control in capitals', 'CLICK HERE FOR THE FULL BOARD MINUTES'],
  ])('%s between the headline and the byline is not taken for the standfirst', (_kind, line) => {
    const briefing = ingestText('over-headline.txt', `${headline}\n\n${line}\n\nBy Ana Ruiz\n\n${body}\n`).briefing;
    expect({ title: briefing?.title, dek: briefing?.dek }).toEqual({ title: headline, dek: null });
  });

  describe('on a story whose standfirst shares words with the text as its headline does', () => {
    const seaWall = {
      headline: 'Harbour council approves plan to rebuild the flooded sea wall',
      dek: 'The vote ends a year of argument over who pays for the barrier',
      byline: 'By Marta Ilic\n\nMarch 4, 2025, 10:12 CET',
      body: [
        'The harbour council voted seven to two on Tuesday to rebuild the sea wall that storms breached twice last winter, ending a year of argument over the cost.',
        'Engineers say the new barrier will stand a metre higher than the old one and should hold back a storm of the kind the town now expects every decade.',
      ].join('\n\n'),
    };
    const briefingOf = (over: string, under: string) =>
      ingestText('sea-wall.txt', `${over}${seaWall.headline}\n\n${under}${seaWall.dek}\n\n${seaWall.byline}\n\n${seaWall.body}\n`).briefing;

    test.each([
      ['a count of shares', '1.2K shares'],
      ['an audio player’s prompt', 'Listen to this article 4 min'],
    ])('%s over the headline is passed over', (_kind, line) => {
      expect(briefingOf(`${line}\n\n`, '')?.title).toBe(seaWall.headline);
    });

    test('an agency named under the opening headline is its source, not a photo’s credit', () => {
      const briefing = briefingOf('', 'AFP\n\n');
      expect({ title: briefing?.title, dek: briefing?.dek }).toEqual({ title: seaWall.headline, dek: seaWall.dek });
    });

    test('a caption ending with its credit under the headline is no credit of the headline: the headline stays over its standfirst', () => {
      const briefing = briefingOf('', 'Workers inspect the breach on Monday. (Photo: Ana Ruiz/Coast Photos)\n\n');
      expect({ title: briefing?.title, dek: briefing?.dek }).toEqual({ title: seaWall.headline, dek: seaWall.dek });
    });
  });

  test('a headline that opens with a name stays the headline over an author named alone', () => {
    const named = 'Ana Ruiz wins the Westmere sculls';
    const story = 'Ana Ruiz won the single sculls at the Westmere regatta on Saturday, a length ahead of the field in a headwind.';
    expect(titleOf(`${named}\n\nTom Lee\n\nNovember 18, 2019\n\n${story}\n\n${body}\n`)).toBe(named);
  });

  test('the line under a long menu is not the opening line, and the headline over the byline wins', () => {
    const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Weather', 'Travel', 'Opinion'].join('\n\n');
    const seed = `${menu}\n\nNews from the coast since 1921\n\n${headline}\n\nBy Ana Ruiz, 19 November 2019\n\n${body}\n`;
    expect(titleOf(seed)).toBe(headline);
  });
});

describe('the headline model’s features', () => {
  const featuresOf = (text: string) => {
    const seed = decodeSeed({ path: 'header.txt' as SeedPath, bytes: new TextEncoder().encode(text), sidecar: null }).value;
    const page = seed === null ? null : readPage(seed, DEFAULT_CONTEXT);
    if (page === null) throw new Error('no text');
    return new Map(
      headlineCandidatesOf(page.blocks, page.span, page.ignored, DEFAULT_CONTEXT).map((candidate) => [page.blocks[candidate.index]?.text, candidate.features]),
    );
  };
  const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Weather'].join('\n');

  test('a weights file that leaves a feature out gives it no weight, so a new feature changes no score until it is fitted', () => {
    const weights = loadHeadlineWeights({ about: 'test', weights: { aboveByline: 2 } });
    const features = Object.fromEntries(HEADLINE_FEATURES.map((name) => [name, 1])) as HeadlineFeatures;
    expect(scoreHeadline(features, weights)).toBe(2);
  });

  test('photo captions in a run, each naming a person first, are marked as such; the headline over them is not', () => {
    const body = [
      'Ana Ruiz won the single sculls at the Westmere regatta on Saturday, a length ahead of the field in a headwind.',
      'Tom Lee stroked the North Quay crew to the eights title, the club’s first since the old pier was built.',
    ].join('\n\n');
    const seed = `${menu}\n\nWestmere regatta: the results\n\nAna Ruiz single sculls\n\nTom Lee North Quay eights\n\nPosted: Sat 6:45 PM, Nov 16, 2019\n\n${body}\n`;
    const features = featuresOf(seed);
    expect(features.get('Ana Ruiz single sculls')?.captionRun).toBe(1);
    expect(features.get('Tom Lee North Quay eights')?.captionRun).toBe(1);
    expect(features.get('Westmere regatta: the results')?.captionRun).toBe(0);
    expect(ingestText('captions.txt', seed).briefing?.title).toBe('Westmere regatta: the results');
  });

  test('a headline’s words shared with the text are counted, and a Japanese headline’s length by its characters', () => {
    const english = featuresOf(
      `${menu}\n\nWestmere harbour board closes the ferry pier\n\nBy Ana Ruiz\n\nThe harbour board in Westmere voted on Tuesday to close the old ferry pier after engineers found cracks.\n`,
    );
    // `westmere`, `harbour`, `board`, `closes`, `ferry`, `pier`: all but `closes` are in the text.
    expect(english.get('Westmere harbour board closes the ferry pier')).toMatchObject({ sharedWithLede: 3, ledeShare: 5 / 6, aboveByline: 1 });
    const headline = '港湾局が古い桟橋の閉鎖を決定';
    const japanese = featuresOf(
      `${headline}\n\n港湾局は火曜日、古い桟橋の閉鎖を決定した。技術者が杭にひびを見つけたためで、フェリーは来月から北の岸壁を使う。\n`,
    );
    // Fourteen characters: seven words by pairs, and the run itself (as `measureText` counts), of the forty a candidate may have.
    expect(japanese.get(headline)?.length).toBe(8 / 40);
  });
});

describe('a match report', () => {
  test('keeps its team sheets, referee and attendance after the last paragraph', () => {
    const report = [
      'Westmere edge Northport in a late finish',
      'By Ana Ruiz',
      'Westmere beat Northport 2-1 on Saturday with a goal in the last minute from their captain, who had missed a penalty earlier in the half.',
      'Northport had led at the break through a header from a corner, and held on until the hour, when the home side levelled from close range.',
      'The win lifts Westmere to third in the table, two points behind the leaders with four games left to play this season.',
    ].join('\n\n');
    const sheet = [
      'Westmere: Hale; Brook, Marsh, Webb, Lyle; Penn, Cole, Dunn; Fry, Shaw, Rook.',
      'Subs: Kerr, Lamb, Nash.',
      'Northport: Ives; Tate, Ryder, Quinn, Oates; Vance, Moss, Gray; Hart, Lowe, Pike.',
      'Referee: J Carter.',
      'Attendance: 8,412.',
    ];
    const briefing = ingestText('report.txt', `${report}\n\n${sheet.join('\n')}\n`).briefing;
    expect(briefing?.body.map((paragraph) => paragraph.text).slice(-sheet.length)).toEqual(sheet);
    expect(briefing?.dropped).toEqual([]);
  });
});
