import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/pipeline/stages/dates.ts';
import type { DateMention, Precision } from '../../src/pipeline/types.ts';

/** Tuesday 30 December 2025, 23:15 in India: the sample seed's publication. */
const TUESDAY = '2025-12-30T23:15:00+05:30';
/** Thursday 20 November 2025, morning in New York. */
const NOVEMBER = '2025-11-20T09:00:00-05:00';

/** What one paragraph, published at `published`, says of a phrase. */
function datesOf(text: string, published: string | null): DateMention[] {
  return findDates({ summary: null, body: [{ id: 'p-1', text }], published: published === null ? null : { iso: published, zone: null } }).value;
}

/** [sentence, phrase as found, TimeML value, precision, publication] */
type Row = readonly [string, string, string, Precision, string];

const ROWS: readonly Row[] = [
  // Weekdays: the last one up to the publication day, unless the sentence looks ahead.
  ['Trump said Monday that the strike had hit a dock.', 'Monday', '2025-12-29', 'day', TUESDAY],
  ['The talks ended on Tuesday without a deal.', 'Tuesday', '2025-12-30', 'day', TUESDAY],
  ['Ministers will meet on Friday in Caracas.', 'Friday', '2026-01-02', 'day', TUESDAY],
  // An adverb before a participle leaves it one: the sentence still looks ahead.
  ['The budget will be formally approved on Friday.', 'Friday', '2026-01-02', 'day', TUESDAY],
  ['The vote was held last Friday.', 'last Friday', '2025-12-26', 'day', TUESDAY],
  ['He travels to Brazil next Monday.', 'next Monday', '2026-01-05', 'day', TUESDAY],
  ['The stock is to resume trading in Paris Thursday.', 'Thursday', '2026-01-01', 'day', TUESDAY],
  // A weekday's morning or night is dated by its day; an evening keeps its part.
  ['Police said the convoy left Sunday night.', 'Sunday night', '2025-12-28', 'day', TUESDAY],
  ['Rebels attacked the port early Friday morning.', 'early Friday morning', '2025-12-26', 'day', TUESDAY],
  ['The offer expired Friday evening.', 'Friday evening', '2025-12-26TEV', 'time', TUESDAY],
  ['The raid began in the late morning Monday.', 'late morning Monday', '2025-12-29', 'day', TUESDAY],
  ['The board meets at 9 a.m. Tuesday.', '9 a.m. Tuesday', '2025-11-18T09:00', 'time', NOVEMBER],
  // A plan looks ahead to what follows it; a plan overtaken (`had been due`) looks back.
  ['The team planned to leave Nairobi on Thursday.', 'Thursday', '2026-01-01', 'day', TUESDAY],
  ['The offer had been due to expire Friday.', 'Friday', '2025-12-26', 'day', TUESDAY],
  ['Protesters were planning to march on Saturday.', 'Saturday', '2026-01-03', 'day', TUESDAY],
  ['On Friday, the minister set aside vacation plans for the trip.', 'Friday', '2025-12-26', 'day', TUESDAY],
  // A deadline or a start is ahead, unless the sentence looks back from it.
  ['The relatives have until 9 a.m. Wednesday to sign.', '9 a.m. Wednesday', '2025-12-31T09:00', 'time', TUESDAY],
  ['Officials postponed until Monday any action on the visas.', 'Monday', '2026-01-05', 'day', TUESDAY],
  ['Members had filed their reports by Monday.', 'Monday', '2025-12-29', 'day', TUESDAY],
  ['By March, prices were falling.', 'March', '2025-03', 'month', TUESDAY],
  ['A new chairman takes over, effective Feb. 1.', 'Feb. 1', '2026-02-01', 'day', TUESDAY],
  ['Qantas will double its flights by August in search of markets untouched by the crisis.', 'August', '2026-08', 'month', TUESDAY],
  // A deadline named as a noun says nothing of when it falls.
  ['The agency had ruled and set Friday as the deadline for his return.', 'Friday', '2025-12-26', 'day', TUESDAY],
  ['Trading closed at 5 p.m. EST Nov. 9.', '5 p.m. EST Nov. 9', '2025-11-09T17:00', 'time', TUESDAY],
  // A clock with its zone joins the day after it; wire copy writes the 24-hour clock in four digits beside a zone.
  ['The blast came at 3:30 p.m. local time on Monday.', '3:30 p.m. local time on Monday', '2025-12-29T15:30', 'time', TUESDAY],
  ['The truce took effect at 0600 GMT Sunday.', '0600 GMT Sunday', '2025-12-28T06:00', 'time', TUESDAY],
  ['Polls close at 8 p.m. ET.', '8 p.m. ET', '2025-12-30T20:00', 'time', TUESDAY],
  ['The suspect appeared before a judge on Monday at midday.', 'Monday at midday', '2025-12-29T12:00', 'time', TUESDAY],
  ['The father will leave Thursday at 4 in the morning.', 'Thursday at 4 in the morning', '2026-01-01T04:00', 'time', TUESDAY],
  // Days counted from the publication.
  ['Rebels withdrew yesterday.', 'yesterday', '2025-12-29', 'day', TUESDAY],
  ['The port reopened today.', 'today', '2025-12-30', 'day', TUESDAY],
  ['A second vote is due tomorrow.', 'tomorrow', '2025-12-31', 'day', TUESDAY],
  ['The president speaks tonight.', 'tonight', '2025-12-30TNI', 'time', TUESDAY],
  ['Shares were up 5% by mid-afternoon yesterday.', 'mid-afternoon yesterday', '2025-12-29TAF', 'time', TUESDAY],
  ['By mid afternoon, the rebels had withdrawn.', 'mid afternoon', '2025-12-30TAF', 'time', TUESDAY],
  ['The ship sank two days ago.', 'two days ago', '2025-12-28', 'day', TUESDAY],
  ['The day before last Tuesday’s hearing, he went home.', 'The day before last Tuesday', '2025-12-22', 'day', TUESDAY],
  ['Stores reopened two days after Christmas.', 'two days after Christmas', '2025-12-27', 'day', TUESDAY],
  // Weeks.
  ['Trump recognised the attack in an interview last week.', 'last week', '2025-W52', 'week', TUESDAY],
  ['A deal is expected next week.', 'next week', '2026-W02', 'week', TUESDAY],
  ['The ministry confirmed this week that it had no comment.', 'this week', '2026-W01', 'week', TUESDAY],
  ['The first raids came three weeks ago.', 'three weeks ago', '2025-W50', 'week', TUESDAY],
  ['The drone attack happened in the first week of August.', 'the first week of August', '2025-W32', 'week', TUESDAY],
  ['Fighting peaked in the last week of May.', 'the last week of May', '2025-W22', 'week', TUESDAY],
  ['Shipments resume the week of Dec. 22.', 'the week of Dec. 22', '2025-W52', 'week', TUESDAY],
  ['Pilgrims filled the city during Easter week.', 'Easter week', '2025-W16', 'week', TUESDAY],
  ['Crowds gathered last weekend.', 'last weekend', '2025-W52-WE', 'week', TUESDAY],
  ['More protests are planned this weekend.', 'this weekend', '2026-W01-WE', 'week', TUESDAY],
  ['Officials over the weekend became more open about their aims.', 'the weekend', '2025-W52-WE', 'week', TUESDAY],
  // Months.
  ['The CIA carried out a drone strike earlier this month.', 'earlier this month', '2025-12', 'month', TUESDAY],
  ['A report is due later this month.', 'later this month', '2025-12', 'month', TUESDAY],
  ['Exports fell last month.', 'last month', '2025-11', 'month', TUESDAY],
  ['Elections are set for next month.', 'next month', '2026-01', 'month', TUESDAY],
  ['The rains came six months ago.', 'six months ago', '2025-06', 'month', TUESDAY],
  ['The ceasefire broke down in August.', 'August', '2025-08', 'month', TUESDAY],
  ['The law takes effect in January.', 'January', '2026-01', 'month', NOVEMBER],
  ['The company was sold last April.', 'last April', '2025-04', 'month', TUESDAY],
  ['Two helicopters crashed last November.', 'last November', '2024-11', 'month', TUESDAY],
  ['The March accession made the three members.', 'March', '2025-03', 'month', TUESDAY],
  ['Talks stalled in early December.', 'early December', '2025-12', 'month', TUESDAY],
  ['The storm hit in late November.', 'late November', '2025-11', 'month', TUESDAY],
  ['Prices peaked in July 1997.', 'July 1997', '1997-07', 'month', TUESDAY],
  ['Accounts are settled at the end of the month.', 'the end of the month', '2025-12', 'month', TUESDAY],
  // Days of the calendar.
  ['The embassies were bombed on Aug. 7, 1998.', 'Aug. 7, 1998', '1998-08-07', 'day', TUESDAY],
  ['The decree was signed on 30 December 2025.', '30 December 2025', '2025-12-30', 'day', TUESDAY],
  ['The rally was held on Oct. 23.', 'Oct. 23', '2025-10-23', 'day', TUESDAY],
  ['The summit was held on April 24 and 25.', '25', '2025-04-25', 'day', TUESDAY],
  ['Talks ran March 6-8, 2024, in Geneva.', '8, 2024', '2024-03-08', 'day', TUESDAY],
  ['Talks ran March 6-8, 2024, in Geneva.', 'March 6', '2024-03-06', 'day', TUESDAY],
  ['The dividend is payable Jan. 15 to holders of record.', 'Jan. 15', '2026-01-15', 'day', TUESDAY],
  ['The order is dated 12/25/2025.', '12/25/2025', '2025-12-25', 'day', TUESDAY],
  ['The filing, dated 2025-12-24, names three firms.', '2025-12-24', '2025-12-24', 'day', TUESDAY],
  ['Shops closed on Christmas Eve.', 'Christmas Eve', '2025-12-24', 'day', TUESDAY],
  ['Flights were cancelled over Thanksgiving.', 'Thanksgiving', '2025-11-27', 'day', TUESDAY],
  ['Stores opened early for Black Friday.', 'Black Friday', '2025-11-28', 'day', TUESDAY],
  // Quarters, halves, seasons.
  ['Net income rose in the third quarter.', 'the third quarter', '2025-Q3', 'quarter', TUESDAY],
  ['Third-quarter profit doubled.', 'Third-quarter', '2025-Q3', 'quarter', TUESDAY],
  // A quarter written as an adjective leaves the noun's determiner out.
  ['The miner posted a third-quarter loss.', 'third-quarter', '2025-Q3', 'quarter', TUESDAY],
  ['Its fourth-quarter sales beat forecasts.', 'fourth-quarter', '2025-Q4', 'quarter', TUESDAY],
  ['The steelmaker reported the fiscal second-quarter results.', 'fiscal second-quarter', '2025-Q2', 'quarter', TUESDAY],
  ['Sales slipped in the fourth quarter of 2024.', 'the fourth quarter of 2024', '2024-Q4', 'quarter', TUESDAY],
  // With no tense, a quarter still months off is the last one over; the coming one is this year's.
  ['Analysts blame weak demand for an 18% drop in profit in the fourth quarter.', 'the fourth quarter', '2025-Q4', 'quarter', '2026-01-26T10:00:00-05:00'],
  ['Growth in the second quarter, the chief executive said, depends on prices.', 'the second quarter', '2026-Q2', 'quarter', '2026-02-10T10:00:00-05:00'],
  ['Output should recover in the first half of 2026.', 'the first half of 2026', '2026-H1', 'half', TUESDAY],
  ['Second-half sales were flat.', 'Second-half', '2025-H2', 'half', TUESDAY],
  ['The reservoirs ran dry last summer.', 'last summer', '2025-SU', 'season', TUESDAY],
  ['Gas prices always rise this winter.', 'this winter', '2025-WI', 'season', TUESDAY],
  ['The plant opened in the spring of 2024.', 'the spring of 2024', '2024-SP', 'season', TUESDAY],
  // Years, decades, centuries.
  ['The treaty was signed in 2009.', '2009', '2009', 'year', TUESDAY],
  ['Trump expanded the CIA’s authority earlier this year.', 'earlier this year', '2025', 'year', TUESDAY],
  ['Inflation fell last year.', 'last year', '2024', 'year', TUESDAY],
  ['Elections are due next year.', 'next year', '2026', 'year', TUESDAY],
  ['Growth slowed this year.', 'this year', '2025', 'year', TUESDAY],
  ['The mine closed five years ago.', 'five years ago', '2020', 'year', TUESDAY],
  ['A decade ago the port was busy.', 'A decade ago', '2015', 'year', TUESDAY],
  ['The dispute dates back to late 2024.', 'late 2024', '2024', 'year', TUESDAY],
  ['The merger closed in mid-1996.', 'mid-1996', '1996', 'year', TUESDAY],
  ['The accounts are closed at year-end.', 'year-end', '2025', 'year', TUESDAY],
  ['It was built in nineteen ninety-six.', 'nineteen ninety-six', '1996', 'year', TUESDAY],
  ['Smuggling grew in the 1990s.', 'the 1990s', '199', 'decade', TUESDAY],
  ["The gang formed in the late '80s.", "the late '80s", '198', 'decade', TUESDAY],
  // A decade said in words, as a '90s without its century.
  ['Vinyl sales collapsed in the nineties.', 'the nineties', '199', 'decade', TUESDAY],
  ['The band toured through the early seventies.', 'the early seventies', '197', 'decade', TUESDAY],
  ['The city grew through the 20th century.', 'the 20th century', '19', 'century', TUESDAY],
  // References.
  ['“Now we hit the area,” Trump said.', 'Now', 'PRESENT_REF', 'reference', TUESDAY],
  ['The group has recently moved its boats.', 'recently', 'PAST_REF', 'reference', TUESDAY],
  ['The port is currently closed.', 'currently', 'PRESENT_REF', 'reference', TUESDAY],
  ['More strikes may follow in the future.', 'the future', 'FUTURE_REF', 'reference', TUESDAY],
  ['Similar raids took place several years ago.', 'several years ago', 'PAST_REF', 'reference', TUESDAY],
  ['Attacks have grown in recent years.', 'recent years', 'PAST_REF', 'reference', TUESDAY],
  ['The port will soon reopen.', 'soon', 'FUTURE_REF', 'reference', TUESDAY],
  // Some time ahead, as markets and courts say it.
  ['Rates may rise in the near term.', 'the near term', 'FUTURE_REF', 'reference', TUESDAY],
  ['The fund invests for the long term.', 'the long term', 'FUTURE_REF', 'reference', TUESDAY],
  ['The hearing was moved to a later date.', 'a later date', 'FUTURE_REF', 'reference', TUESDAY],
  // `overnight` as an adverb is the night just past.
  ['Asian shares slid overnight.', 'overnight', '2025-12-29TNI', 'time', TUESDAY],
  ['They want a deal as soon as possible.', 'as soon as possible', 'FUTURE_REF', 'reference', TUESDAY],
  // A vague stretch of the past is some time before now; after `for` it is a length (below).
  ['Rates have fallen in the last few months.', 'the last few months', 'PAST_REF', 'reference', TUESDAY],
  ['Output slipped over the past several quarters.', 'the past several quarters', 'PAST_REF', 'reference', TUESDAY],
  ['There were sell programs in past years, too.', 'past years', 'PAST_REF', 'reference', TUESDAY],
  ['He said, "Today we start."', 'Today', '2025-12-30', 'day', TUESDAY],
];

describe('a table of news date phrases, each resolved against its publication', () => {
  test('has at least sixty phrases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  test.each(ROWS)('%s → "%s" = %s (%s)', (sentence, phrase, value, precision, published) => {
    const found = datesOf(sentence, published);
    expect(found.map((date) => date.phrase)).toContain(phrase);
    const date = found.find((mention) => mention.phrase === phrase);
    expect({ value: date?.value, precision: date?.precision }).toEqual({ value, precision });
    expect(sentence.slice(date?.offset, (date?.offset ?? 0) + phrase.length)).toBe(phrase);
  });
});

describe('phrases that count from the last date mentioned', () => {
  test('"the previous day" is the day before the date just mentioned', () => {
    const dates = datesOf('Troops arrived on Aug. 7, 1998. The previous day, rebels had left the town.', TUESDAY);
    expect(dates.map((date) => [date.phrase, date.value])).toEqual([
      ['Aug. 7, 1998', '1998-08-07'],
      ['The previous day', '1998-08-06'],
    ]);
  });

  test('"the previous Friday" is the Friday before the day just mentioned', () => {
    const dates = datesOf('Shares closed lower on Friday, down 4% from the previous Friday.', TUESDAY);
    expect(dates.map((date) => [date.phrase, date.value])).toEqual([
      ['Friday', '2025-12-26'],
      ['the previous Friday', '2025-12-19'],
    ]);
  });

  test('"two weeks later" counts from the date just mentioned', () => {
    const dates = datesOf('The first raid came on Dec. 1. Two weeks later, a second one hit the coast.', TUESDAY);
    expect(dates.map((date) => [date.phrase, date.value])).toEqual([
      ['Dec. 1', '2025-12-01'],
      ['Two weeks later', '2025-W51'],
    ]);
  });

  test('"a month later" and "three years later" go on from the date just told, not from the publication', () => {
    const dates = datesOf('The mill shut in May. A month later it reopened, and it was sold in 2019. Three years later it burned.', TUESDAY);
    expect(dates.map((date) => [date.phrase, date.value])).toEqual([
      ['May', '2025-05'],
      ['A month later', '2025-06'],
      ['2019', '2019'],
      ['Three years later', '2022'],
    ]);
  });

  test('"the year before" and "the year after" at the end of a phrase count from the date just mentioned', () => {
    expect(datesOf('Exports fell in 2018 from the year before.', TUESDAY).map((date) => [date.phrase, date.value])).toEqual([
      ['2018', '2018'],
      ['the year before', '2017'],
    ]);
    expect(datesOf('The plant opened in 2010 and closed the year after.', TUESDAY).map((date) => [date.phrase, date.value])).toEqual([
      ['2010', '2010'],
      ['the year after', '2011'],
    ]);
  });

  test('"that summer" is the summer of the year just spoken of', () => {
    const dates = datesOf('The dam was finished in March 2016. That summer, the valley flooded.', TUESDAY);
    expect(dates.map((date) => [date.phrase, date.value])).toEqual([
      ['March 2016', '2016-03'],
      ['That summer', '2016-SU'],
    ]);
  });

  test('"the year-earlier period" is the period the report is about, not the last one mentioned', () => {
    const dates = datesOf(
      'Net income rose in the third quarter. After a flat second quarter, margins recovered. Charges were taken in the year-earlier period.',
      TUESDAY,
    );
    expect(dates.map((date) => [date.phrase, date.value])).toEqual([
      ['the third quarter', '2025-Q3'],
      ['second quarter', '2025-Q2'],
      ['the year-earlier period', '2024-Q3'],
    ]);
  });

  test('"a year earlier" after a quarter is the same quarter a year before', () => {
    const dates = datesOf('Profit rose 12% in the third quarter from a year earlier.', TUESDAY);
    expect(dates.map((date) => [date.phrase, date.value])).toEqual([
      ['the third quarter', '2025-Q3'],
      ['a year earlier', '2024-Q3'],
    ]);
  });
});

describe('the publication day', () => {
  test('is the day printed in the outlet’s own zone, not the UTC day', () => {
    // 01:00 on 31 December in India is still 30 December in UTC.
    const dates = datesOf('The decree came today, after the raid on Monday.', '2025-12-31T01:00:00+05:30');
    expect(dates.map((date) => [date.phrase, date.value])).toEqual([
      ['today', '2025-12-31'],
      ['Monday', '2025-12-29'],
    ]);
  });

  test('can be a bare day', () => {
    expect(datesOf('The port reopened yesterday.', '2025-12-30').map((date) => date.value)).toEqual(['2025-12-29']);
  });
});

describe('an undated briefing', () => {
  test('keeps its phrases, with what is unknown left unknown and no calendar days', () => {
    const result = findDates({
      summary: null,
      body: [{ id: 'p-1', text: 'The strike came last week, on Aug. 7, after talks in 2009 failed.' }],
      published: null,
    });
    expect(result.value.map((date) => [date.phrase, date.value, date.precision, date.start, date.end])).toEqual([
      ['last week', 'XXXX-WXX', 'week', null, null],
      ['Aug. 7', 'XXXX-08-07', 'day', null, null],
      ['2009', '2009', 'year', '2009-01-01', '2009-12-31'],
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'dates-undated', message: expect.stringMatching(/^Found 2 date phrases that count from the publication day/) }),
    ]);
  });
});

/** [sentence, phrase as found, TimeML type, value] */
type LengthRow = readonly [string, string, 'DURATION' | 'SET', string];

const LENGTHS: readonly LengthRow[] = [
  ['The talks lasted five years.', 'five years', 'DURATION', 'P5Y'],
  ['Prices rose in the past three months.', 'the past three months', 'DURATION', 'P3M'],
  ['Sales fell in the first nine months.', 'the first nine months', 'DURATION', 'P9M'],
  ['He was elected to a two-year term.', 'two-year', 'DURATION', 'P2Y'],
  // A length as an adjective leaves the noun's determiner out.
  ['The rebels rejected the 30-day ceasefire.', '30-day', 'DURATION', 'P30D'],
  ['He faces 20 more years in prison.', '20 more years', 'DURATION', 'P20Y'],
  ['The strike went on for nearly two months.', 'nearly two months', 'DURATION', 'P2M'],
  ['The hearing took more than four hours.', 'more than four hours', 'DURATION', 'PT4H'],
  ['The meeting lasted a week.', 'a week', 'DURATION', 'P1W'],
  ['The region has been at war for the past two decades.', 'the past two decades', 'DURATION', 'P20Y'],
  // `the past decade` is the ten years up to now, not the last calendar decade.
  ['Floods have grown worse over the past decade.', 'the past decade', 'DURATION', 'P10Y'],
  ['The talks will go on over the next few days.', 'the next few days', 'DURATION', 'PXD'],
  ['Troops could arrive within weeks.', 'weeks', 'DURATION', 'PXW'],
  ['Rebels held the town for twenty-four hours.', 'twenty-four hours', 'DURATION', 'PT24H'],
  ['The council meets weekly.', 'weekly', 'SET', 'P1W'],
  ['Flights leave daily.', 'daily', 'SET', 'P1D'],
  ['The market opens every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1'],
  ['Orangemen march each July.', 'each July', 'SET', 'XXXX-07'],
  ['Inspectors visit twice a year.', 'a year', 'SET', 'P1Y'],
  ['The show airs on Tuesdays.', 'Tuesdays', 'SET', 'XXXX-WXX-2'],
  ['Reports are due every two weeks.', 'every two weeks', 'SET', 'P2W'],
  ['The siege lasted 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
  ['The vote took a minute and a half.', 'a minute and a half', 'DURATION', 'PT1M30S'],
  ['He died just over an hour later.', 'over an hour', 'DURATION', 'PT1H'],
  ['Talks resume in the weeks ahead.', 'the weeks ahead', 'DURATION', 'PXW'],
  ['Sales rose over the next couple of years.', 'the next couple of years', 'DURATION', 'P2Y'],
  ['For the past few weeks we have been attacked.', 'the past few weeks', 'DURATION', 'PXW'],
  ['Unemployment is the lowest for almost two decades.', 'almost two decades', 'DURATION', 'P20Y'],
  ['The feud has simmered over decades.', 'decades', 'DURATION', 'PXY'],
  ['Strikers began a day-long protest.', 'day-long', 'DURATION', 'P1D'],
  ["It is the government's decades-long battle.", 'decades-long', 'DURATION', 'PXY'],
  // A bare plural after `in`: how long it has been.
  ['The lake froze for the first time in decades.', 'decades', 'DURATION', 'PXY'],
  ['A ruling is expected in days.', 'days', 'DURATION', 'PXD'],
  // A length before an event that is not a date stays a length.
  ['The siege lasted nine months before ending.', 'nine months', 'DURATION', 'P9M'],
  ['She taught several years before she entered politics.', 'several years', 'DURATION', 'PXY'],
  // A count the grammar cannot place, later or earlier than a date, stays a length; so does a length since an event.
  ['A few days later, the mill shut its doors.', 'A few days', 'DURATION', 'PXD'],
  ['Several months earlier, the mayor had resigned.', 'Several months', 'DURATION', 'PXM'],
  ['It has been two years since the flood.', 'two years', 'DURATION', 'P2Y'],
  ['The town has grown in the four decades since the dam opened.', 'the four decades', 'DURATION', 'P40Y'],
  // A stretch of the past as long as it was.
  ['The harbour has silted up over the years.', 'the years', 'DURATION', 'PXY'],
  // A company's year named by the day it ends is a length, not the calendar year.
  ['Profit rose in the year ended March 31.', 'the year', 'DURATION', 'P1Y'],
  ['Sales fell in the fiscal year ending June 30.', 'the fiscal year', 'DURATION', 'P1Y'],
  // A range of lengths is written as its shorter one; after `from` it is a change, the later one.
  ['Repairs should take two to three weeks.', 'two to three weeks', 'DURATION', 'P2W'],
  ['The bridge will stay shut for 10 to 14 days.', '10 to 14 days', 'DURATION', 'P10D'],
  ['The court cut his sentence from six to four years.', 'four years', 'DURATION', 'P4Y'],
  // The weekend recurs as a set.
  ['The ferry runs only on weekends.', 'weekends', 'SET', 'XXXX-WXX-WE'],
  ['Volunteers clean the beach every weekend.', 'every weekend', 'SET', 'XXXX-WXX-WE'],
];

describe('lengths of time and times that recur', () => {
  test.each(LENGTHS)('%s → "%s" is a %s, %s', (sentence, phrase, type, value) => {
    const found = datesOf(sentence, TUESDAY);
    const date = found.find((mention) => mention.phrase === phrase);
    expect({ phrase: date?.phrase, type: date?.type, value: date?.value, start: date?.start }).toEqual({ phrase, type, value, start: null });
  });

  test('a recurrence counted vaguely, by a part of the day, or in units of a longer one', () => {
    const found = datesOf('Nurses check the wards every few months, visit every morning and work four days a week.', TUESDAY);
    expect(found.map(({ phrase, type, value, quant, freq }) => ({ phrase, type, value, quant, freq }))).toEqual([
      { phrase: 'every few months', type: 'SET', value: 'PXM', quant: 'EVERY', freq: undefined },
      { phrase: 'every morning', type: 'SET', value: 'XXXX-XX-XXTMO', quant: 'EVERY', freq: undefined },
      { phrase: 'four days a week', type: 'SET', value: 'P1W', quant: undefined, freq: '4D' },
    ]);
  });

  test('a length before a count back from today stays a length', () => {
    expect(datesOf('He was jailed for two years a decade ago.', TUESDAY).map((date) => [date.phrase, date.type])).toEqual([
      ['two years', 'DURATION'],
      ['a decade ago', 'DATE'],
    ]);
  });

  test('a recurrence says how it recurs: each, every, how many times', () => {
    const found = datesOf('Inspectors visit twice a year, meet three times a week, and report each July.', TUESDAY);
    expect(found.map(({ phrase, value, quant, freq }) => ({ phrase, value, quant, freq }))).toEqual([
      { phrase: 'a year', value: 'P1Y', quant: undefined, freq: '2X' },
      { phrase: 'a week', value: 'P1W', quant: undefined, freq: '3X' },
      { phrase: 'each July', value: 'XXXX-07', quant: 'EACH', freq: undefined },
    ]);
  });

  test('a phrase that counts from a date stays a date', () => {
    expect(datesOf('The strike came three years ago.', TUESDAY)).toEqual([expect.objectContaining({ phrase: 'three years ago', type: 'DATE', value: '2022' })]);
  });

  test('a length counted to a date before it stays a date', () => {
    expect(datesOf('The ferry sank two weeks before Christmas.', TUESDAY)).toEqual([expect.objectContaining({ phrase: 'two weeks before Christmas', type: 'DATE' })]);
  });

  test('years of a thing, and years past or to come, are no length', () => {
    expect(datesOf('In years past, and in years of drought, the lake dried.', TUESDAY)).toEqual([]);
  });

  test('an amount by the period is a rate, not a length', () => {
    expect(datesOf('The yard builds six ships a year and hires 2,000 workers a month.', TUESDAY)).toEqual([]);
    expect(datesOf('The strike lasted a week.', TUESDAY)).toEqual([expect.objectContaining({ phrase: 'a week', type: 'DURATION', value: 'P1W' })]);
  });

  test('the year ended Dec. 31 is the calendar year, and a year that ends badly is no length', () => {
    expect(datesOf('Profit fell in the year ended Dec. 31.', TUESDAY)[0]).toEqual(expect.objectContaining({ phrase: 'the year', type: 'DATE', value: '2025' }));
    expect(datesOf('The year ended badly.', TUESDAY)).toEqual([expect.objectContaining({ phrase: 'The year', type: 'DATE' })]);
  });

  test('a long-term plan and a short-term market are kinds of things, not times', () => {
    expect(datesOf('The long-term plan suits the short-term market.', TUESDAY)).toEqual([]);
  });

  test('an age is not a decade', () => {
    expect(datesOf('The driver, in his sixties, was unhurt.', TUESDAY)).toEqual([]);
    expect(datesOf('Both women, in their mid-50s, and a man in his early 60s were hurt.', TUESDAY)).toEqual([]);
  });

  test('an age, a share and a second term are not lengths', () => {
    const sentence = 'A 6-year-old boy, 37 years old, took three-quarters of the vote in a second term.';
    expect(datesOf(sentence, TUESDAY)).toEqual([]);
  });

  test('"one day" after its subject is someday, not a length', () => {
    expect(datesOf('He hopes he one day flies to Mars.', TUESDAY)).toEqual([]);
  });

  test('a newspaper named after its rhythm is not a recurrence', () => {
    expect(datesOf('The Communist Party daily Granma and the Daily Telegraph said so.', TUESDAY)).toEqual([]);
  });
});

describe('words that look like dates but are not', () => {
  test.each([
    ['Shares fell $1.01 a share to close at $25.', '1.01 a'],
    ['About 1/4 of the fleet was idle.', '1/4'],
    ['Exports rose to 2000 tonnes.', '2000'],
    ['You may want to march on.', 'may'],
    ['The fall of the regime was swift.', 'fall'],
    ['He joined the March on Washington.', 'March'],
    ['Two died on Aug. 7 and 12 others were hurt.', '12'],
    ['The deal came in late-night talks in Caracas.', 'late-night'],
    ['The case is for today’s youth what the blockade was for their parents.', 'today'],
    ['More than a quarter of the market was lost.', 'a quarter'],
    ['A 34-inch 3440x1440 curved panel.', '1440'],
    ['A laptop with a GTX 1660 Ti card.', '1660'],
    ['A DeLorean model at scale 1:24.', '1:24'],
    ['SUBSCRIBE NOW', 'NOW'],
    ['He was killed soon after his capture.', 'soon'],
    ['The reserves cover future payments.', 'future'],
    ['They may leave as soon as the talks end.', 'soon'],
    ['Now, following asset sales, revenue is shrinking.', 'Now'],
    ['Recent in Sports', 'Recent'],
    ['The ministers of Poland and Jan Kavan of the Czech Republic met.', 'Jan'],
    ['He scored 4 in the morning session.', '4 in the morning'],
    ['The plant built 1430 cars.', '1430'],
    ['Banks raised overnight rates.', 'overnight'],
  ])('%s finds no "%s"', (sentence, phrase) => {
    expect(datesOf(sentence, TUESDAY).map((date) => date.phrase)).not.toContain(phrase);
  });
});

describe('soon in the story\'s own past', () => {
  test.each(['He was soon released and went home.', 'A trickle of cash soon became a flood.'])('%s has no date', (sentence) => {
    expect(datesOf(sentence, TUESDAY).map((date) => date.phrase)).not.toContain('soon');
  });
});

describe('words that look like times but are not: lengths that say only that a thing went on long, rates, descriptions, names', () => {
  test.each([
    ['The port has been closed for years.', 'years'],
    ['He was jailed for several months.', 'several months'],
    ['Revenue should rise 8.5% annually.', 'annually'],
    ['Brokers blamed the recent sale of shares.', 'recent'],
    ['Baker said on ABC\'s "This Week" that talks would go on.', 'This Week'],
    ['This is VOA Today.', 'Today'],
  ])('%s has no "%s"', (sentence, phrase) => {
    expect(datesOf(sentence, TUESDAY).map((date) => date.phrase)).not.toContain(phrase);
  });
});

describe('a game clock is not a time of day', () => {
  test.each([
    ['Okafor levelled at 14:22 of the second period with a wrist shot.', '14:22'],
    ['The winner came 11:38 into the third, off a rebound.', '11:38'],
    ['Dunne hit the post with 12:15 left in the fourth quarter.', '12:15'],
    ['The home side went ahead in overtime at 13:05 on a deflection.', '13:05'],
    ['Lindqvist scored on the power play at 18:40 to tie it.', '18:40'],
    ['Second period: 2, Halifax, Moreau 4 (Tran), 16:09 (pp).', '16:09'],
    ['There were 10:48 remaining when the lights failed.', '10:48'],
  ])('%s has no time "%s"', (sentence, phrase) => {
    expect(datesOf(sentence, TUESDAY).filter((date) => date.type === 'TIME').map((date) => date.phrase)).not.toContain(phrase);
  });

  test.each([
    ['The ferry left the harbour at 19:40 on Monday.', '19:40 on Monday'],
    ['The power went out at 21:15, officials said.', '21:15'],
    ['Polls close at 20:00 in the second city of the region.', '20:00'],
  ])('%s keeps its time of day "%s"', (sentence, phrase) => {
    expect(datesOf(sentence, TUESDAY).map((date) => date.phrase)).toContain(phrase);
  });
});

describe('a part of a named event is counted within the event, not from the publication', () => {
  test.each([
    ['The jury prize is handed out on the last weekend of the fair.', 'weekend'],
    ['Crowds were thin in the first week of the trial.', 'week'],
    ['Talks resume in the next week of the summit, a delegate said.', 'week'],
  ])('%s leaves the %s undated', (sentence, unit) => {
    expect(datesOf(sentence, TUESDAY).filter((date) => date.phrase.includes(unit))).toEqual([]);
  });

  test.each([
    ['The jury prize was handed out last weekend.', 'last weekend', '2025-W52-WE'],
    ['Sales fell in the last week of December.', 'the last week of December', '2025-W52'],
  ])('%s still dates "%s"', (sentence, phrase, value) => {
    expect(datesOf(sentence, TUESDAY).map((date) => [date.phrase, date.value])).toContainEqual([phrase, value]);
  });
});
