/**
 * Time-zone abbreviations as news sites print them, with what each can mean.
 *
 * Several abbreviations name more than one zone (IST is India, Ireland and Israel); the
 * outlet's country decides, and the first meaning is used when the country says nothing.
 */

/** One meaning of an abbreviation: a UTC offset, and the countries that print it so. */
export interface ZoneMeaning {
  /** `+05:30`, `-04:00`. */
  readonly offset: string;
  /** ISO 3166 alpha-2 codes of the countries where this is what the abbreviation means. */
  readonly countries: readonly string[];
  /**
   * The IANA zone, for abbreviations that name a zone rather than one offset (`ET` is -05:00
   * in winter and -04:00 in summer); the offset then follows the date.
   */
  readonly iana?: string;
}

/** Abbreviation (upper case) → its meanings, most common first. */
export type ZoneTable = ReadonlyMap<string, readonly ZoneMeaning[]>;

const zone = (offset: string, ...countries: string[]): ZoneMeaning => ({ offset, countries });
const seasonal = (iana: string, winter: string, ...countries: string[]): ZoneMeaning => ({ offset: winter, countries, iana });

/** The zones Dossier knows by default. */
export const DEFAULT_ZONES: ZoneTable = new Map([
  ['UTC', [zone('+00:00')]],
  ['GMT', [zone('+00:00')]],
  ['IST', [zone('+05:30', 'IN'), zone('+01:00', 'IE'), zone('+02:00', 'IL')]],
  ['BST', [zone('+01:00', 'GB'), zone('+06:00', 'BD')]],
  ['EST', [zone('-05:00', 'US', 'CA')]],
  ['EDT', [zone('-04:00', 'US', 'CA')]],
  ['CST', [zone('-06:00', 'US', 'CA', 'MX'), zone('+08:00', 'CN', 'TW')]],
  ['CDT', [zone('-05:00', 'US', 'CA', 'MX')]],
  ['MST', [zone('-07:00', 'US', 'CA')]],
  ['MDT', [zone('-06:00', 'US', 'CA')]],
  ['PST', [zone('-08:00', 'US', 'CA'), zone('+08:00', 'PH')]],
  ['PDT', [zone('-07:00', 'US', 'CA')]],
  ['ET', [seasonal('America/New_York', '-05:00', 'US', 'CA')]],
  ['CT', [seasonal('America/Chicago', '-06:00', 'US', 'CA')]],
  ['MT', [seasonal('America/Denver', '-07:00', 'US', 'CA')]],
  ['PT', [seasonal('America/Los_Angeles', '-08:00', 'US', 'CA')]],
  ['AKST', [zone('-09:00', 'US')]],
  ['HST', [zone('-10:00', 'US')]],
  ['AST', [zone('-04:00', 'CA'), zone('+03:00', 'SA')]],
  ['NST', [zone('-03:30', 'CA')]],
  ['BRT', [zone('-03:00', 'BR')]],
  ['ART', [zone('-03:00', 'AR')]],
  ['WIB', [zone('+07:00', 'ID')]],
  ['ICT', [zone('+07:00', 'TH', 'VN')]],
  ['PHT', [zone('+08:00', 'PH')]],
  ['MYT', [zone('+08:00', 'MY')]],
  ['AWST', [zone('+08:00', 'AU')]],
  ['ACST', [zone('+09:30', 'AU')]],
  ['Z', [zone('+00:00')]],
  ['CET', [zone('+01:00')]],
  ['CEST', [zone('+02:00')]],
  ['EET', [zone('+02:00')]],
  ['EEST', [zone('+03:00')]],
  ['WET', [zone('+00:00')]],
  ['WEST', [zone('+01:00')]],
  ['MSK', [zone('+03:00', 'RU')]],
  ['PKT', [zone('+05:00', 'PK')]],
  ['NPT', [zone('+05:45', 'NP')]],
  ['SGT', [zone('+08:00', 'SG')]],
  ['HKT', [zone('+08:00', 'HK')]],
  ['JST', [zone('+09:00', 'JP')]],
  ['KST', [zone('+09:00', 'KR')]],
  ['AEST', [zone('+10:00', 'AU')]],
  ['AEDT', [zone('+11:00', 'AU')]],
  ['NZST', [zone('+12:00', 'NZ')]],
  ['NZDT', [zone('+13:00', 'NZ')]],
  ['SAST', [zone('+02:00', 'ZA')]],
  ['WAT', [zone('+01:00', 'NG')]],
  ['EAT', [zone('+03:00', 'KE')]],
  ['GST', [zone('+04:00', 'AE')]],
]);
