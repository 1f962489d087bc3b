/**
 * A curator's sidecar file, `seeds/<name>.yaml` beside `seeds/<name>.txt`: corrections to what
 * ingest extracted, and editorial additions. Every field is optional; ingest applies the file on
 * every run.
 *
 * ```yaml
 * title: CIA drone strike hit a Venezuelan port, sources say
 * published: 2025-12-30T23:15:00+05:30
 * hide:
 *   - "Administration officials have offered"
 * note: The strike's date is disputed between outlets.
 * corrections:
 *   - date: 2026-01-02
 *     text: An earlier version named the wrong command.
 * featured: true
 * story: world/venezuela-strike
 * ```
 */
import { z } from 'zod';

const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `expected ${what}, found an empty text` });
const optionalText = (what: string) => text(what).nullable();

/** ISO 8601 instant with its offset, or a bare day: year, month, day, then hour, minute, second, offset. */
const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/** The first year a date may have: four digits, as ISO 8601 writes them; JavaScript reads years 0 to 99 as 1900 to 1999. */
const FIRST_YEAR = 1000;

/**
 * Whether `text` is a day, or an instant, that is on the calendar: a month from 01 to 12, a day
 * that month has (29 February only in a leap year), a time from 00:00:00 to 23:59:59 and an
 * offset of at most 14 hours, as real zones have.
 *
 * @example isCalendarInstant('2024-02-29T23:59:59+05:30') // true
 * @example isCalendarInstant('2025-02-30') // false
 */
export function isCalendarInstant(text: string): boolean {
  const match = PUBLISHED.exec(text);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined || year < FIRST_YEAR || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 14 && offsetMinutes <= 59;
}

const DATE_EXAMPLE = 'a date such as 2025-12-30T23:15:00+05:30 or 2025-12-30';
const DAY_EXAMPLE = 'expected a day such as 2026-01-02';

export const OverridesSchema = z
  .object({
    /** The headline to show instead of the extracted one. */
    title: text('a title').optional(),
    /** The standfirst; null removes it. */
    dek: optionalText('a dek').optional(),
    /** The summary; null removes it. */
    summary: optionalText('a summary').optional(),
    /** The outlet's name; null removes it. */
    outlet: optionalText("an outlet's name").optional(),
    /** The desk or author; null removes it. */
    byline: optionalText('a byline').optional(),
    /** The publication date: `2025-12-30T23:15:00+05:30` or `2025-12-30`; null makes it undated. */
    published: z
      .string({ error: `expected ${DATE_EXAMPLE}` })
      .refine(isCalendarInstant, { error: `expected ${DATE_EXAMPLE}, on the calendar and in a year from ${FIRST_YEAR}` })
      .nullable()
      .optional(),
    /** Topics to add to the extracted ones. */
    topics: z.array(text('a topic'), { error: 'expected a list of topics' }).optional(),
    /** Entity names to correct, each extracted name mapped to the right one. */
    entities: z.record(z.string(), text('the corrected name'), { error: 'expected extracted names mapped to corrected ones' }).optional(),
    /** Date values to correct: the phrase as written, optionally its paragraph, and the TimeML value. */
    dates: z
      .array(
        z.strictObject({
          phrase: text('the date phrase as written'),
          paragraph: text('a paragraph id such as p-3 or summary').optional(),
          value: z
            .string({ error: 'expected a TimeML value such as 2025-12-29, 2025-W52 or 2025-08' })
            .regex(/^(?:\d{2,4}(?:-.+)?|PRESENT_REF|PAST_REF|FUTURE_REF)$/, {
              error: 'expected a TimeML value such as 2025-12-29, 2025-W52 or 2025-08',
            }),
        }),
        { error: 'expected a list of { phrase, value } corrections' },
      )
      .optional(),
    /** Paragraphs to hide, each named by its opening words (at least three). */
    hide: z
      .array(
        text("a paragraph's opening words").refine((words) => words.split(/\s+/).length >= 3, {
          error: "expected at least three opening words of the paragraph, so it is found unambiguously",
        }),
        { error: "expected a list of paragraphs' opening words" },
      )
      .optional(),
    /** A curator's note shown above the body. */
    note: text("a curator's note").optional(),
    /** Corrections, each with the day it was made, shown on the page and in its structured data. */
    corrections: z
      .array(z.strictObject({ date: z.string({ error: DAY_EXAMPLE }).refine((day) => !day.includes('T') && isCalendarInstant(day), { error: DAY_EXAMPLE }), text: text('what was corrected') }), {
        error: 'expected a list of { date, text } corrections',
      })
      .optional(),
    /** The original article's address, linked on the page and in the feeds: `https://example.org/story`. */
    url: z.url({ protocol: /^https?$/, error: "expected the original article's address, such as https://example.org/story" }).optional(),
    /** Show the briefing first on the home page. */
    featured: z.boolean({ error: 'expected true or false' }).optional(),
    /** The story to put the briefing in (another briefing's story id, or a new id); null keeps it out of any story. */
    story: z
      .string({ error: 'expected a story id such as world/venezuela-strike, or null' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, { error: 'expected a story id of lower-case letters, digits, hyphens and slashes' })
      .nullable()
      .optional(),
    /** Keep the briefing out of the built site. */
    draft: z.boolean({ error: 'expected true or false' }).optional(),
  })
  .strict();

export type Overrides = z.output<typeof OverridesSchema>;
