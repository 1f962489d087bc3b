/**
 * Read a TimeML value back into a calendar value: the inverse of `toTimeMl`, for values written
 * by hand (a curator's correction in a sidecar file).
 */
import { formatDay, parseDay, type CalendarValue, type DayPart, type Season } from './calendar.ts';

const PART = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/;
const CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * The calendar value of a TimeML value, or null when it is not one Dossier writes (values with
 * unknown parts such as `XXXX-WXX` have no place on the calendar).
 *
 * @example parseTimeMl('2025-W52') // { precision: 'week', year: 2025, week: 52, weekend: false }
 */
export function parseTimeMl(value: string): CalendarValue | null {
  if (value === 'PRESENT_REF' || value === 'PAST_REF' || value === 'FUTURE_REF') return { precision: 'reference', reference: value };
  let match: RegExpExecArray | null;
  if ((match = PART.exec(value))) return withDay(match[1], (day) => ({ precision: 'time', day, clock: { part: match?.[2] as DayPart } }));
  if ((match = CLOCK.exec(value))) {
    const [, date, hour, minute] = match;
    return withDay(date, (day) => ({ precision: 'time', day, clock: { hour: Number(hour), minute: Number(minute) } }));
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return withDay(value, (day) => ({ precision: 'day', day }));
  if ((match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value)) && Number(match[2]) >= 1 && Number(match[2]) <= 53) {
    return { precision: 'week', year: Number(match[1]), week: Number(match[2]), weekend: match[3] !== undefined };
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(value)) && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    return { precision: 'month', year: Number(match[1]), month: Number(match[2]) };
  }
  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) return { precision: 'quarter', year: Number(match[1]), quarter: Number(match[2]) };
  if ((match = /^(\d{4})-H([12])$/.exec(value))) return { precision: 'half', year: Number(match[1]), half: Number(match[2]) };
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return { precision: 'season', year: Number(match[1]), season: match[2] as Season };
  if (/^\d{4}$/.test(value)) return { precision: 'year', year: Number(value) };
  if (/^\d{3}$/.test(value)) return { precision: 'decade', decade: Number(value) };
  if (/^\d{2}$/.test(value)) return { precision: 'century', century: Number(value) };
  return null;
}

function withDay(date: string | undefined, make: (day: number) => CalendarValue): CalendarValue | null {
  const day = date === undefined ? null : parseDay(date);
  // `parseDay` rolls 2025-02-30 over into March; a written value must name a real day.
  return day !== null && formatDay(day) === date ? make(day) : null;
}
