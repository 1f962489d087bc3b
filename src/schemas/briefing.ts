/**
 * The briefing contract: the objects `ingest --json` writes, and (without `body`) the front
 * matter of each `content/briefings/*.mdx`. Field names are a contract other tools read;
 * add fields, never rename them.
 */
import { z } from 'zod';

/** A briefing's URL name, such as `venezuela-strike` or `world/venezuela-strike`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/)
  .brand<'Slug'>();

/** A seed's path relative to the seeds folder, with `/` separators (`world/venezuela.txt`). */
export const SeedPathSchema = z.string().min(1).brand<'SeedPath'>();

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  /** Stable kebab-case rule id, such as `byline-zone`; tests and docs refer to it. */
  rule: z.string(),
  /** 1-based line in the seed, when the problem has one. */
  line: z.number().int().positive().nullable(),
  /** 1-based column in that line, when known. */
  column: z.number().int().positive().nullable(),
  /** What was found, what was expected, and what was done instead. */
  message: z.string(),
  /** The file the problem is in, relative to the seeds folder, when it is not the seed: its sidecar. */
  file: z.string().optional(),
});

/** A correction a curator made to a briefing, for its corrections log. */
export const CorrectionSchema = z.object({
  /** The day the correction was made: `2026-01-02`. */
  date: z.string(),
  /** What was corrected, as readers should see it. */
  text: z.string(),
});

export const DroppedTextSchema = z.object({
  /** The cleaning rule that dropped the text, such as `duplicate-paragraph`. */
  rule: z.string(),
  /** 1-based line of the seed the text starts on. */
  line: z.number().int().positive(),
  text: z.string(),
});

/** The list a body paragraph is an item of. */
export const ListPlaceSchema = z.object({
  /** Which list of the body: `l-1`, `l-2`, …; consecutive items of one list share it. */
  id: z.string().regex(/^l-\d+$/),
  /** Whether the list is numbered. */
  ordered: z.boolean(),
  /** The number a numbered list starts at, when it is not 1. */
  start: z.number().int().nonnegative().optional(),
});

export const ParagraphSchema = z.object({
  /** The paragraph's anchor on the briefing page: `p-1`, `p-2`, … */
  id: z.string().regex(/^p-\d+$/),
  /** The paragraph's whole text; for a list item, without its bullet or number. */
  text: z.string(),
  /** Set when the paragraph is an item of a list; absent for plain paragraphs. */
  list: ListPlaceSchema.optional(),
});

export const PrecisionSchema = z.enum([
  'time',
  'day',
  'week',
  'month',
  'quarter',
  'half',
  'season',
  'year',
  'decade',
  'century',
  'reference',
]);

/** TimeML's kinds of time expression: a date, a time of day, a length of time, a time that recurs. */
export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

/** A date or time phrase of the summary or body, resolved against the publication date. */
export const DateMentionSchema = z.object({
  /** The phrase as written: `the first week of August`. */
  phrase: z.string(),
  /**
   * `DATE` and `TIME` name a place on the calendar; `DURATION` a length (`five years`, value
   * `P5Y`) and `SET` a recurrence (`every Monday`, `XXXX-WXX-1`), which are never timeline events.
   */
  type: TimexTypeSchema.default('DATE'),
  /** For a `SET`: `EVERY` or `EACH` when the phrase says it (`each July`). */
  quant: z.string().optional(),
  /** For a `SET`: how many times in its period, as TimeML writes it (`2X` for `twice a year`). */
  freq: z.string().optional(),
  /** `summary`, or the id of the body paragraph it stands in. */
  paragraph: z.string(),
  /** Character offset of the phrase in that paragraph's text. */
  offset: z.number().int().nonnegative(),
  /**
   * TimeML value: `2025-12-29`, `2025-12-29TNI`, `2025-W52`, `2025-12`, `2025-Q4`, `2025-SU`,
   * `199` (the 1990s), `PRESENT_REF`, …; `X` stands for what an undated briefing cannot know (`XXXX-WXX`).
   * A duration is `P5Y`, `PT3H`, `P2DE` (`PXY` for an unknown number of years); a set `P1W`, `XXXX-WXX-1`.
   */
  value: z.string(),
  /**
   * First and last calendar day covered (`YYYY-MM-DD`); narrower than the value when the phrase
   * says so (`earlier this month` ends on the publication day). Null for references such as
   * `PAST_REF`, for values with an `X`, and for durations and sets.
   */
  start: z.string().nullable(),
  end: z.string().nullable(),
  /** How fine the value is; for a duration or set, the unit it counts in (`P3M`: `month`). */
  precision: PrecisionSchema,
});

/** A number that looks like a year but was not read as one, so a curator can see why. */
export const RefusedYearSchema = z.object({
  /** The number as written: `2072`. */
  text: z.string(),
  /** `summary`, or the id of the body paragraph it stands in. */
  paragraph: z.string(),
  /** Character offset of the number in that paragraph's text. */
  offset: z.number().int().nonnegative(),
  /**
   * `year-amount` (`$1990`, `2000%`), `year-count` (`2000 tonnes`), `year-name` (`GTX 1660`,
   * `Flight 1549`), `year-address` (`1600 Pennsylvania Avenue`), `year-far` (no word that takes a
   * year, and too far from the publication: `a total score of 2072`), `year-undated` (no such
   * word, and no publication date to measure against).
   */
  rule: z.enum(['year-amount', 'year-count', 'year-name', 'year-address', 'year-far', 'year-undated']),
});

/** A person, organisation or place, under one canonical name. */
export const EntitySchema = z.object({
  /** The canonical name, the same in every briefing: `Nicolás Maduro`, `Central Intelligence Agency`. */
  name: z.string(),
  /** Other ways the briefing writes it: `Maduro`, `Nicolas Maduro`, `CIA`. */
  aliases: z.array(z.string()),
  /** A title or function kept apart from the name: `President`, `Col.`. */
  role: z.string().nullable(),
  /** Ids of the passages that mention it: `title`, `dek`, `summary`, `p-3`. */
  mentions: z.array(z.string()),
  /** The organisation or place a person speaks for, when the text says: `U.S. Special Operations Command`. */
  affiliation: z.string().nullable().default(null),
});

/** Words in quotation marks, with who said them. */
export const QuoteSchema = z.object({
  /** The words inside the quotation marks, without a trailing comma. */
  text: z.string(),
  /** The speaker's canonical entity name (`Donald Trump`), how the text describes them (`a senior official`), or null. */
  speaker: z.string().nullable(),
  /** `summary` or the id of the body paragraph the quote stands in. */
  paragraph: z.string(),
});

/** One place where the article says whom it relies on. */
export const SourceSchema = z.object({
  /** The source as the text describes it: `two sources`, `a spokesperson for U.S. Special Operations Command`, `Donald Trump`. */
  who: z.string(),
  /** The canonical name of the person or organisation, when the source is named; null for unnamed sources. */
  entity: z.string().nullable(),
  /** The attribution as written: `according to two sources`. */
  text: z.string(),
  /** `summary` or the id of the body paragraph it stands in. */
  paragraph: z.string(),
});

/** What a briefing is about, in a few words. */
export const TopicSchema = z.object({
  /** Lower-case unless a name: `drone strike`, `drug trafficking`. */
  name: z.string().min(1),
  /** `text`: weighed from the briefing's words against the whole set; `curator`: set by hand. */
  origin: z.enum(['text', 'curator']),
});

/** Something that happened, as one clause of the briefing dates it. Events come in calendar order. */
export const TimelineEventSchema = z.object({
  /** The clause or sentence that carries the date. */
  text: z.string(),
  /** `summary` or a body paragraph id: where the sentence stands. */
  paragraph: z.string(),
  /** Who or what the event is about: the entity names its clause names. */
  about: z.array(z.string()),
  date: DateMentionSchema,
  /** Other dates the briefing gives the same event (the summary retelling it) that share no day with `date`. */
  conflicts: z.array(DateMentionSchema),
});

/** A briefing's place in a story: the briefings of several outlets about the same thing. */
export const StoryRefSchema = z.object({
  /** Stable id of the story: the slug of its earliest briefing, or the id a curator gave. */
  id: SlugSchema,
  /** The headline of the briefing that shares the most with the others. */
  title: z.string(),
});

/** One briefing's telling of an event of its story. */
export const TellingSchema = z.object({
  /** The briefing that tells it. */
  briefing: SlugSchema,
  outlet: z.string().nullable(),
  /** `summary` or a body paragraph id. */
  paragraph: z.string(),
  /** The clause that dates it, as this briefing writes it. */
  text: z.string(),
  date: DateMentionSchema,
});

/** An event of a story, told by one or more of its briefings, with the dates they give it. */
export const StoryEventSchema = z.object({
  /** Stable within the story: `e-` and a short hash of its first telling. */
  id: z.string(),
  /** The most precise date every telling agrees with, or the one most tellings agree with. */
  date: DateMentionSchema,
  tellings: z.array(TellingSchema),
  /** Whether some tellings give the event dates that cannot both be true. */
  disputed: z.boolean(),
});

/** A count (people killed, boats destroyed) that briefings of a story give differently. */
export const StoryCountSchema = z.object({
  /** What is counted, as the text says it: `people killed`. */
  what: z.string(),
  claims: z.array(
    z.object({
      briefing: SlugSchema,
      outlet: z.string().nullable(),
      paragraph: z.string(),
      count: z.number(),
      /** The words the count stands in: `at least 14 people were killed`. */
      text: z.string(),
    }),
  ),
});

export const BriefingSchema = z.object({
  slug: SlugSchema,
  title: z.string().min(1),
  /** The standfirst under the headline. */
  dek: z.string().nullable(),
  /** The source's own summary (`TL;DR`, `Key points`), as one paragraph. */
  summary: z.string().nullable(),
  /** The outlet's canonical name: `The Times of India`. */
  outlet: z.string().nullable(),
  /** The desk or author as a reader would write it: `TOI Global Desk`. */
  byline: z.string().nullable(),
  /** ISO 8601 with its offset (`2025-12-30T23:15:00+05:30`), a bare day, or null when undated. */
  published: z.string().nullable(),
  /** The zone abbreviation printed with the date (`IST`), or null. */
  publishedZone: z.string().nullable(),
  source: z.object({
    file: SeedPathSchema,
    /** Hex SHA-256 of the seed's bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The encoding the seed was read as: `utf-8`, `windows-1252`, … */
    encoding: z.string(),
    /** The original article's address: the sidecar's `url:`, or a canonical / "Originally published at" line of the seed. */
    url: z.url({ protocol: /^https?$/ }).nullable().optional(),
  }),
  /** The language of the text, a BCP 47 tag (`en`, `pt`), or `und` when it cannot be told; absent in briefings written before it was detected. */
  language: z.string().regex(/^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*|und)$/).optional(),
  body: z.array(ParagraphSchema),
  /** Every date or time phrase of the summary and body, in reading order. */
  dates: z.array(DateMentionSchema),
  /** Numbers of the summary and body that look like years but were not read as dates, in reading order. */
  refusedYears: z.array(RefusedYearSchema).default([]),
  timeline: z.array(TimelineEventSchema),
  entities: z.object({
    people: z.array(EntitySchema),
    organizations: z.array(EntitySchema),
    places: z.array(EntitySchema),
  }),
  quotes: z.array(QuoteSchema),
  /** Whom the article relies on, in reading order. */
  sources: z.array(SourceSchema).default([]),
  /** A few topics: the curator's first, then those weighed from the text. */
  topics: z.array(TopicSchema).default([]),
  /** A curator's note, shown above the body. */
  note: z.string().nullable().default(null),
  /** The corrections a curator made, in the order given: the page's corrections log. */
  corrections: z.array(CorrectionSchema).default([]),
  /** Shown first on the home page. */
  featured: z.boolean().default(false),
  /** Kept out of the built site: no page, no feed entry, no search result. */
  draft: z.boolean().default(false),
  /** The story the briefing belongs to, with other outlets' briefings; null when it stands alone. */
  story: StoryRefSchema.nullable().default(null),
  /** The events of its story that this briefing tells, each with every briefing that tells it. */
  storyEvents: z.array(StoryEventSchema).default([]),
  /** Counts this briefing gives that other briefings of its story give differently. */
  storyCounts: z.array(StoryCountSchema).default([]),
  /** Seed text the cleaner left out, each piece with its line and rule. */
  dropped: z.array(DroppedTextSchema),
  /** Warnings and errors about the seed, with their lines. */
  diagnostics: z.array(DiagnosticSchema),
});

/**
 * The front matter of a generated MDX file: the briefing without its body (the body is the
 * MDX content), plus the mark ingest leaves on files it wrote.
 */
export const FrontMatterSchema = BriefingSchema.omit({ body: true }).extend({
  /** Set by ingest on the files it writes; ingest only ever deletes files that carry it. */
  generator: z.literal('dossier'),
  /**
   * The hash of the file as ingest wrote it (`sha256-…`, computed with this field blank). A file
   * whose content no longer matches was edited by hand, and ingest leaves it alone.
   */
  digest: z
    .string()
    .regex(/^sha256-[0-9a-f]{64}$/)
    .optional(),
});

/**
 * What the site keeps of each briefing while it builds: the front matter, checked whole, without
 * what only the build report shows (`dropped`, `diagnostics`) or no page shows (`dates`,
 * `refusedYears`). The report reads those from the file when it renders a page; to order and
 * count briefings it needs only each diagnostic's rule and severity, kept as `diagnosticRules`.
 * Every stored byte is held several times over during a build, so this keeps it small.
 */
export const StoredFrontMatterSchema = FrontMatterSchema.transform(
  ({ dropped: _dropped, diagnostics, dates: _dates, refusedYears: _refusedYears, ...shown }) => ({
    ...shown,
    diagnosticRules: diagnostics.map(({ rule, severity }) => ({ rule, severity })),
  }),
);

export type Briefing = z.output<typeof BriefingSchema>;
export type FrontMatter = z.output<typeof FrontMatterSchema>;
export type StoredFrontMatter = z.output<typeof StoredFrontMatterSchema>;
/** The front matter the site's pages read: the stored one, or a whole one. */
export type ShownFrontMatter = Omit<FrontMatter, 'dropped' | 'diagnostics' | 'dates' | 'refusedYears'>;
export type Slug = z.output<typeof SlugSchema>;
export type SeedPath = z.output<typeof SeedPathSchema>;
export type Diagnostic = z.output<typeof DiagnosticSchema>;
export type DroppedText = z.output<typeof DroppedTextSchema>;
export type Paragraph = z.output<typeof ParagraphSchema>;
export type ListPlace = z.output<typeof ListPlaceSchema>;
export type DateMention = z.output<typeof DateMentionSchema>;
export type Precision = z.output<typeof PrecisionSchema>;
export type TimexType = z.output<typeof TimexTypeSchema>;
export type RefusedYear = z.output<typeof RefusedYearSchema>;
export type Entity = z.output<typeof EntitySchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Topic = z.output<typeof TopicSchema>;
export type TimelineEvent = z.output<typeof TimelineEventSchema>;
export type Correction = z.output<typeof CorrectionSchema>;
export type StoryRef = z.output<typeof StoryRefSchema>;
export type StoryEvent = z.output<typeof StoryEventSchema>;
export type StoryCount = z.output<typeof StoryCountSchema>;
export type Telling = z.output<typeof TellingSchema>;
