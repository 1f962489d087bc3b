import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/pipeline/stages/dates.ts';

/** Sunday 15 June 2025, in London. */
const JUNE_2025 = '2025-06-15T10:00:00+01:00';

/**
 * [sentence, the number as written, what it is: a TimeML value of the date phrase that holds
 * it, or the rule that refused it as a year]. The publication is June 2025 unless a fourth
 * column gives another (null: undated).
 */
type Row = readonly [string, string, string, (string | null)?];

const ROWS: readonly Row[] = [
  // Real years: a word that takes a year, a month or season beside it, a range, a modifier.
  ['The war ended in 1998.', '1998', '1998'],
  ['He was born in 1950.', '1950', '1950'],
  ['In 1066 the Normans came.', '1066', '1066'],
  ['Prices have risen since 2019.', '2019', '2019'],
  ['The plant will close by 2030.', '2030', '2030'],
  ['Talks ran from 2019 to 2021.', '2019', '2019'],
  ['Talks ran from 2019 to 2021.', '2021', '2021'],
  ['The 2019-2021 drought cut the harvest.', '2019', '2019'],
  ['The 2019-2021 drought cut the harvest.', '2021', '2021'],
  ['Between 1990 and 1995, output fell.', '1995', '1995'],
  ['The law dates to July 1998.', '1998', '1998-07'],
  ['Crops failed in the summer of 1976.', '1976', '1976-SU'],
  ['Fiscal 2024 sales rose.', '2024', '2024'],
  ['Growth slowed in early 2023.', '2023', '2023'],
  ['The treaty of 1648 ended the war.', '1648', '1648'],
  ['The class of 2027 arrives in September.', '2027', '2027'],
  ['The strike began on March 3, 2024.', '2024', '2024-03-03'],
  ['Riots broke out in the 1990s.', '1990', '199'],
  // A determiner before the year, and a plausible distance from the publication.
  ['The 2024 election was close.', '2024', '2024'],
  ['Its 2023 report disappointed investors.', '2023', '2023'],
  ['2024 was a record year for exports.', '2024', '2024'],
  ['The 2026 World Cup will be held in North America.', '2026', '2026'],
  ['Sales of 1999 were strong.', '1999', '1999'],
  ["WeWork's 2025 bond fell sharply.", '2025', '2025', '2019-10-01T09:00:00-04:00'],
  ['Euro 2024 drew record crowds.', '2024', '2024'],
  // Scores, prices, counts: numbers that are not years.
  ['She had a total score of 2072.', '2072', 'year-far'],
  ['The final tally was 2072 against 1800.', '2072', 'year-far'],
  ['He paid 1500 for the car.', '1500', 'year-far'],
  ['Call 1800 555 0199 for help.', '1800', 'year-far'],
  ['It sells for $1999.', '1999', 'year-amount'],
  ['Rent is £1800 a month.', '1800', 'year-amount'],
  ['The stock gained 1200% this year.', '1200', 'year-amount'],
  ['The index closed at 2045.37 points.', '2045', 'year-amount'],
  ['Single-core scores rose from 1061 to 1128.', '1061', 'year-amount'],
  ['Single-core scores rose from 1061 to 1128.', '1128', 'year-amount'],
  ['Emissions fell to 1990 levels by 2020.', '1990', '1990'],
  ['Prices rose in 2024 after a drought.', '2024', '2024'],
  ['A 2018 analysis of the data found salt.', '2018', '2018'],
  ['The firm sees fiscal year 2025 sales growth of 2 percent.', '2025', '2025'],
  ['Troops went in after the September 11, 2001 attacks.', '2001', '2001-09-11'],
  ['Earnings should recover over FY2024.', '2024', '2024'],
  ['Orders rose to 2000 units.', '2000', 'year-count'],
  ['The firm hired 1500 workers.', '1500', 'year-count'],
  ['He scored 2072 points in the final.', '2072', 'year-count'],
  ['Police said 2000 protesters marched.', '2000', 'year-count'],
  ['The company repaid its 2030 bonds.', '2030', 'year-count'],
  // Model numbers, names and addresses.
  ['A laptop with a GTX 1660 card.', '1660', 'year-name'],
  ['She flew on Flight 1549 to Charlotte.', '1549', 'year-name'],
  ['The meeting was in Room 1905.', '1905', 'year-name'],
  ['He carried a Model 1911 pistol.', '1911', 'year-name'],
  ['The N1900 phone sold well.', '1900', 'year-name'],
  ['Enter your PIN 2024 at the desk.', '2024', 'year-name'],
  // A car's model year is part of its name; a word that takes a year still makes it one.
  ["Police found the suspect's 1994 Toyota Corolla at a motel.", '1994', 'year-name'],
  ['The 2026 Honda Prelude goes on sale this autumn.', '2026', 'year-name'],
  ['In 1987 Ford sold fewer trucks.', '1987', '1987'],
  ['She drove a 1987 Buick sedan to work.', '1987', 'year-name'],
  ['The dealer showed the 2021 Audi e-tron to buyers.', '2021', 'year-name'],
  // A maker's name that is a person's or a body's is no car.
  ['The 1974 Ford pardon angered voters.', '1974', '1974'],
  ['The 1996 Ford Foundation grant ended.', '1996', '1996'],
  ['The White House is at 1600 Pennsylvania Avenue.', '1600', 'year-address'],
  ['He lives at 1200 Main St. in Springfield.', '1200', 'year-address'],
  // Without a publication date there is nothing to measure a bare number against.
  ['The war ended in 1998.', '1998', '1998', null],
  ['The 1998 budget was cut.', '1998', '1998', null],
  ['He scored 2072 before the break.', '2072', 'year-undated', null],
];

function readNumber(sentence: string, number: string, published: string | null) {
  const found = findDates({
    summary: null,
    body: [{ id: 'p-1', text: sentence }],
    published: published === null ? null : { iso: published, zone: null },
  });
  const offset = sentence.indexOf(number);
  const date = found.value.find((mention) => mention.offset <= offset && offset < mention.offset + mention.phrase.length);
  const refused = found.refusedYears.find((item) => item.offset === offset);
  return { date, refused };
}

describe('a table of four-digit numbers: years, and numbers that are not', () => {
  test('has at least forty phrases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  const rows = ROWS.map(([sentence, number, outcome, published = JUNE_2025]): [string, string, string, string | null] => [sentence, number, outcome, published]);
  test.each(rows)('%s → %s is %s', (sentence, number, outcome, published) => {
    const { date, refused } = readNumber(sentence, number, published);
    if (outcome.startsWith('year-')) {
      expect(date).toBeUndefined();
      expect(refused).toEqual({
        text: number,
        paragraph: 'p-1',
        offset: sentence.indexOf(number),
        rule: outcome,
      });
    } else {
      expect(refused).toBeUndefined();
      expect(date?.value).toBe(outcome);
    }
  });
});
