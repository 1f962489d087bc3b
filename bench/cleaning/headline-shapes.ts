/**
 * The headline finder against page furniture of the kinds real pages put around a headline,
 * on articles written for this script: each article is printed with one furniture line at one
 * place in its header, and the briefing's title must be the article's headline. The kinds are
 * the ones titles came from on pages nobody here had read (a social-links heading, an author's
 * feed link, an agency's name, a section name in another language, a rank, a player or browser
 * notice, an address, a tag-list heading) and the furniture most pages print (breadcrumbs,
 * kickers, captions, counts, prompts), so the score says how well the refusal generalises beyond
 * the benchmark's pages.
 *
 *   node bench/cleaning/headline-shapes.ts [--failures]
 */
import { ingestSeed } from '../../src/pipeline/ingest-seed.ts';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { slugFromPath } from '../../src/pipeline/stages/slug.ts';
import type { SeedPath } from '../../src/pipeline/types.ts';

interface Article {
  readonly headline: string;
  readonly dek: string | null;
  readonly byline: readonly string[];
  readonly body: readonly string[];
}

const ARTICLES: readonly Article[] = [
  {
    headline: 'Harbour council approves plan to rebuild the flooded sea wall',
    dek: 'The vote ends a year of argument over who pays for the barrier',
    byline: ['By Marta Ilic', 'March 4, 2025, 10:12 CET'],
    body: [
      'The harbour council voted seven to two on Tuesday to rebuild the sea wall that storms breached twice last winter, ending a year of argument over the cost.',
      'Engineers say the new barrier will stand a metre higher than the old one and should hold back a storm of the kind the town now expects every decade.',
      '"We could not ask the families on the front to wait another winter," the council leader, Ana Petrov, told reporters after the vote.',
      'Work is due to start in June and to take two years. The national government has promised to pay half of the bill.',
    ],
  },
  {
    headline: 'Rail strike halts trains across the north for a second day',
    dek: null,
    byline: ['Tom Okafor | Transport correspondent | Updated: 12 Feb 2025 08:30 GMT'],
    body: [
      'No trains ran between the northern cities for a second day on Wednesday as drivers kept up a strike over pay and rosters.',
      'The union said talks with the operator had broken down late on Tuesday, and that it would announce further dates by the end of the week.',
      'Commuters crowded onto buses and shared cars. Road traffic into the city centre was a third above normal at the morning peak, the council said.',
      'The operator said it regretted the disruption and remained ready to talk at any time.',
    ],
  },
  {
    headline: 'Scientists find ancient forest under retreating glacier',
    dek: 'Tree stumps thousands of years old emerge from the ice in the high valley',
    byline: ['Published 3 hours ago', 'By Lena Hart, Science reporter'],
    body: [
      'Researchers walking the edge of a shrinking glacier have found the stumps of a forest that grew there when the valley was warmer than it is today.',
      'Samples sent to a laboratory show the trees died about six thousand years ago, when the ice advanced and buried them.',
      'The team says the find helps show how far the glacier has retreated in the past century, and how quickly.',
      'More stumps are expected to appear as the ice keeps melting over the next few summers.',
    ],
  },
];

/** Furniture lines by kind, as sites print them. */
const FURNITURE: Readonly<Record<string, readonly string[]>> = {
  'social links': ['Follow us on social media', 'Connect with us', 'Share on Facebook', 'Share this article', 'Follow us on Instagram'],
  'author feed': ['Get author RSS feed', 'Follow this author', 'More from this author', 'RSS'],
  'agency name': ['Reuters', 'AFP', 'Associated Press', 'Agence France-Presse'],
  'foreign section': ['Notícias', 'Политика', 'Wirtschaft', 'Actualités', 'Deportes', 'Últimas notícias'],
  'military rank': ['Lieutenant Colonel', 'Staff Sergeant', 'Rear Admiral'],
  'player notice': ['Video player is loading.', 'This video is not available in your region', 'Play Video', 'Now Playing', 'Watch: Live coverage'],
  'browser warning': ['Your browser does not support the video tag.', 'Please enable JavaScript to view this content', 'You are using an outdated browser', 'Your browser is not supported'],
  address: ['https://www.example-news.com/world/2025/03/04/story-12345', 'www.example-news.com', 'example-news.com/world'],
  'tag heading': ['Tags', 'Topics', 'Related topics', 'Filed under'],
  'copy link': ['Copy this link', 'Copy link', 'Link copied'],
  'date line': ['4 de março de 2025', 'Tuesday, 4 March 2025', '04.03.2025'],
  'section name': ['World', 'Business', 'Local News', 'Science & Environment'],
  breadcrumb: ['Home › News › World', 'Home / Business / Markets', 'You are here: Home > Local'],
  kicker: ['Exclusive', 'Analysis', 'Breaking News', 'Live updates'],
  caption: ['Workers inspect the site on Monday. (Photo: Ana Ruiz/Reuters)', 'A view of the valley from the north ridge, seen in a file photo. Getty Images'],
  counts: ['3 min read', '12 comments', '1.2K shares', 'Listen to this article 4 min'],
  prompt: ['Sign up for our newsletter', 'Subscribe to read more', 'Download our app', 'Log in to continue'],
};

/** Where the furniture line goes: the seed's first line, between headline and byline, or right under the byline. */
const PLACES = ['top', 'under headline', 'under byline'] as const;

function page(article: Article, furniture: string, place: (typeof PLACES)[number]): string {
  const lines: string[] = [];
  if (place === 'top') lines.push(furniture);
  lines.push(article.headline);
  if (place === 'under headline') lines.push(furniture);
  if (article.dek) lines.push(article.dek);
  lines.push(...article.byline);
  if (place === 'under byline') lines.push(furniture);
  return `${lines.join('\n\n')}\n\n${article.body.join('\n\n')}\n`;
}

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const showFailures = process.argv.includes('--failures');
const totals = new Map<string, { right: number; all: number }>();
const failures: string[] = [];
for (const [kind, lines] of Object.entries(FURNITURE)) {
  for (const furniture of lines) {
    for (const place of PLACES) {
      for (const [number, article] of ARTICLES.entries()) {
        const seedPath = `shape-${number}.txt` as SeedPath;
        const text = page(article, furniture, place);
        const outcome = ingestSeed({ path: seedPath, bytes: new TextEncoder().encode(text), sidecar: null }, slugFromPath(seedPath), DEFAULT_CONTEXT);
        const title = outcome.briefing?.title ?? '';
        const total = totals.get(kind) ?? { right: 0, all: 0 };
        total.all += 1;
        if (fold(title) === fold(article.headline)) total.right += 1;
        else failures.push(`${kind.padEnd(16)} ${place.padEnd(14)} "${furniture}" -> "${title}"`);
        totals.set(kind, total);
      }
    }
  }
}

let right = 0;
let all = 0;
for (const [kind, total] of totals) {
  right += total.right;
  all += total.all;
  console.log(`${kind.padEnd(16)} ${String(total.right).padStart(3)}/${String(total.all).padEnd(3)} ${(total.right / total.all).toFixed(3)}`);
}
console.log(`${'all'.padEnd(16)} ${String(right).padStart(3)}/${String(all).padEnd(3)} ${(right / all).toFixed(3)}`);
if (showFailures) for (const failure of failures) console.log(failure);
