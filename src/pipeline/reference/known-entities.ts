/**
 * People, organisations and places Dossier knows by name: countries and regions, well-known
 * organisations, and people news names by surname alone. The entity stage uses the table to
 * classify a name it found and to give it its canonical form; a name the table lacks is still
 * found from its context (`Col.`, `… said`, `… Command`).
 *
 * People carry the years in which a bare surname means them (`Bush` is George H. W. Bush in a
 * 1990 article, George W. Bush in a 2004 one), read against the briefing's publication date.
 */

/** The three kinds of entities a briefing lists. */
export type EntityKind = 'person' | 'organization' | 'place';

/** One entity of the table. */
export interface KnownEntity {
  readonly kind: EntityKind;
  /** The canonical name: `Donald Trump`, `Central Intelligence Agency`. */
  readonly name: string;
  /** Other full names and short forms: `CIA`, `Donald J. Trump`, `U.S.`. */
  readonly aliases: readonly string[];
  /** For people: the surname alone, when it means this person in the years `[from, to]`. */
  readonly surname?: { readonly name: string; readonly from: number; readonly to: number };
}

const person = (name: string, from: number, to: number, aliases: readonly string[] = []): KnownEntity => ({
  kind: 'person',
  name,
  aliases,
  surname: { name: name.split(' ').at(-1) ?? name, from, to },
});
const organization = (name: string, ...aliases: string[]): KnownEntity => ({ kind: 'organization', name, aliases });
const place = (name: string, ...aliases: string[]): KnownEntity => ({ kind: 'place', name, aliases });
/** Places given as one `|`-separated list of names without aliases. */
const places = (list: string): KnownEntity[] => list.split('|').map((name) => place(name.trim()));

/** The entities Dossier knows by default. */
export const DEFAULT_KNOWN_ENTITIES: readonly KnownEntity[] = [
  // People whose surname alone names them in news of the given years.
  person('Donald Trump', 2015, 2030, ['Donald J. Trump']),
  person('Joe Biden', 2019, 2025, ['Joseph Biden', 'Joseph R. Biden']),
  person('Barack Obama', 2007, 2017),
  person('George W. Bush', 2000, 2009, ['George Bush']),
  person('George H. W. Bush', 1988, 1993),
  person('Bill Clinton', 1992, 2001, ['William Clinton', 'William Jefferson Clinton']),
  person('Ronald Reagan', 1980, 1989),
  person('Boris Yeltsin', 1991, 1999),
  person('Mikhail Gorbachev', 1985, 1991),
  person('Helmut Kohl', 1982, 1998),
  person('Tony Blair', 1997, 2007),
  person('Saddam Hussein', 1979, 2006),
  person('Yasser Arafat', 1988, 2004),
  person('Vladimir Putin', 2000, 2030),
  person('Xi Jinping', 2012, 2030),
  person('Volodymyr Zelensky', 2019, 2030, ['Volodymyr Zelenskyy', 'Zelenskyy']),
  person('Benjamin Netanyahu', 1996, 2030),
  person('Narendra Modi', 2014, 2030),
  person('Emmanuel Macron', 2017, 2030),
  person('Keir Starmer', 2020, 2030),
  person('Olaf Scholz', 2021, 2025),
  person('Friedrich Merz', 2022, 2030),
  person('Recep Tayyip Erdoğan', 2003, 2030, ['Recep Tayyip Erdogan', 'Erdogan']),
  person('Nicolás Maduro', 2013, 2030, ['Nicolas Maduro']),
  person('Kim Jong Un', 2011, 2030, ['Kim Jong-un']),
  person('Elon Musk', 2010, 2030),
  person('Pete Hegseth', 2024, 2030),
  person('Marco Rubio', 2011, 2030),
  person('JD Vance', 2022, 2030, ['J.D. Vance']),
  person('Kamala Harris', 2017, 2025),

  organization('Central Intelligence Agency', 'CIA'),
  organization('Federal Bureau of Investigation', 'FBI'),
  organization('National Security Agency', 'NSA'),
  organization('Drug Enforcement Administration', 'DEA'),
  organization('Department of Defense', 'Defense Department', 'Pentagon', 'the Pentagon', 'Department of War', 'War Department'),
  organization('Department of State', 'State Department'),
  organization('Department of Justice', 'Justice Department', 'DOJ'),
  organization('White House'),
  organization('Kremlin'),
  organization('United Nations', 'UN', 'U.N.'),
  organization('United Nations Security Council', 'UN Security Council', 'U.N. Security Council', 'Security Council'),
  organization('North Atlantic Treaty Organization', 'NATO', 'Nato'),
  organization('European Union', 'EU', 'E.U.'),
  organization('European Commission'),
  organization('World Health Organization', 'WHO'),
  organization('International Monetary Fund', 'IMF'),
  organization('World Bank'),
  organization('World Trade Organization', 'WTO'),
  organization('Organization of the Petroleum Exporting Countries', 'OPEC'),
  organization('Federal Reserve', 'Fed'),
  organization('Congress', 'U.S. Congress', 'US Congress'),
  organization('Senate', 'U.S. Senate', 'US Senate'),
  organization('House of Representatives'),
  organization('Supreme Court', 'U.S. Supreme Court', 'US Supreme Court'),
  organization('Republican Party', 'GOP', 'Republicans'),
  organization('Democratic Party', 'Democrats'),
  organization('Hamas'),
  organization('Hezbollah'),
  organization('Taliban', 'the Taliban'),
  organization('al Qaeda', 'al-Qaeda', 'Al Qaeda', 'Al-Qaeda'),
  organization('Islamic State', 'ISIS', 'ISIL'),
  organization('Tren de Aragua'),
  organization('Vanity Fair'),
  organization('Fox News'),
  organization('The New York Times', 'New York Times', 'NYT'),

  place('United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'America'),
  place('United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'),
  place('United Arab Emirates', 'UAE', 'U.A.E.'),
  place('Russia', 'Russian Federation'),
  place('China', "People's Republic of China"),
  place('South Korea', 'Republic of Korea'),
  place('North Korea'),
  place('Czech Republic', 'Czechia'),
  place('Democratic Republic of the Congo', 'DRC', 'DR Congo'),
  place('Ivory Coast', "Côte d'Ivoire"),
  place('Myanmar', 'Burma'),
  place('Caribbean', 'the Caribbean', 'Caribbean Sea'),
  place('Pacific', 'Pacific Ocean'),
  place('Atlantic', 'Atlantic Ocean'),
  place('Washington', 'Washington, D.C.', 'Washington D.C.'),
  place('New York', 'New York City'),
  ...places(
    'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|' +
      'Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|' +
      'Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|Colombia|Congo|Costa Rica|Croatia|' +
      'Cuba|Cyprus|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Fiji|' +
      'Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|' +
      'Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|' +
      'Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|' +
      'Malta|Mauritania|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Namibia|Nepal|Netherlands|' +
      'New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|' +
      'Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|' +
      'Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|' +
      'Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Trinidad and Tobago|Tunisia|Turkey|Türkiye|' +
      'Turkmenistan|Uganda|Ukraine|Uruguay|Uzbekistan|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|' +
      'Africa|Asia|Europe|Antarctica|Oceania|North America|South America|Central America|Latin America|' +
      'Middle East|Persian Gulf|Red Sea|Mediterranean|Black Sea|Baltic|Balkans|Scandinavia|Sahel|' +
      'Arctic|Indian Ocean|Western Hemisphere|Southeast Asia|East Asia|South Asia|Central Asia|Gaza|Gaza Strip|' +
      'West Bank|Jerusalem|Tel Aviv|Crimea|Donbas|Kashmir|Tibet|Xinjiang|Hong Kong|Macau|Puerto Rico|Greenland|' +
      'Alaska|Hawaii|California|Texas|Florida|Arizona|Nevada|Ohio|Michigan|Pennsylvania|Virginia|Illinois|' +
      'Massachusetts|Colorado|Oregon|Minnesota|Wisconsin|Iowa|Louisiana|Kentucky|Tennessee|Alabama|Mississippi|' +
      'Carolina|North Carolina|South Carolina|New Jersey|Maryland|Missouri|Indiana|Utah|Oklahoma|Kansas|Nebraska|' +
      'London|Paris|Berlin|Moscow|Beijing|Shanghai|Tokyo|Delhi|New Delhi|Mumbai|Kolkata|Chennai|Bengaluru|' +
      'Karachi|Islamabad|Lahore|Kabul|Tehran|Baghdad|Damascus|Beirut|Cairo|Riyadh|Dubai|Doha|Ankara|Istanbul|' +
      'Kyiv|Kiev|Kharkiv|Minsk|Warsaw|Rome|Madrid|Lisbon|Brussels|Amsterdam|Vienna|Geneva|Zurich|Stockholm|' +
      'Oslo|Copenhagen|Helsinki|Athens|Budapest|Prague|Seoul|Pyongyang|Taipei|Manila|Jakarta|Bangkok|Hanoi|' +
      'Singapore|Sydney|Melbourne|Toronto|Ottawa|Montreal|Vancouver|Havana|Caracas|Bogota|Bogotá|Lima|' +
      'Santiago|Buenos Aires|Brasilia|Brasília|Rio de Janeiro|São Paulo|Mexico City|Los Angeles|Chicago|Houston|' +
      'Miami|Boston|San Francisco|Seattle|Atlanta|Dallas|Philadelphia|Detroit|Nairobi|Lagos|Johannesburg|' +
      'Addis Ababa|Khartoum|Tripoli|Algiers|Tunis|Rabat|Dhaka|Colombo|Kathmandu|Hollywood|Silicon Valley|Wall Street',
  ),
];
