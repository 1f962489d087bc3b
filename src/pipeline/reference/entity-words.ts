/**
 * The words news text names people, organisations and places with: titles that stand before
 * a name, the last words of organisation and place names, and capitalised words that are
 * never a name on their own. The entity stage reads them; they are plain lower-case tables so
 * a reviewer can see what is and is not there.
 */

/** Lower-case a word list written one entry per space-separated word (`_` joins words). */
function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/).map((word) => word.replaceAll('_', ' ')));
}

/**
 * Titles and ranks written before a person's name (`Col. Allie Weiskopf`, `President Nicolás
 * Maduro`), lower-case, with multi-word ones joined by `_`. A title may be followed by
 * `of …` (`Secretary of Defence`), which belongs to the role, not the name.
 */
export const TITLES = words(`
  president vice_president prime_minister deputy_prime_minister chief_minister minister foreign_minister defence_minister
  defense_minister interior_minister finance_minister secretary secretary-general undersecretary
  chief_of_staff chief chancellor premier governor governor_general gov. lt._gov. lieutenant_governor mayor senator sen. representative rep.
  congressman congresswoman speaker ambassador envoy commissioner director deputy_director chairman chairwoman
  chief_executive chief_executive_officer chief_operating_officer chief_financial_officer
  chair ceo cfo founder co-founder cofounder spokesperson spokesman spokeswoman attorney_general judge justice chief_justice
  king queen prince princess emperor pope cardinal archbishop bishop rev. reverend rabbi imam sheikh ayatollah
  gen. general lt._gen. maj._gen. brig._gen. col. colonel lt._col. lt. lieutenant maj. major capt. captain
  sgt. sergeant cpl. corporal pvt. private adm. admiral vice_adm. rear_adm. cmdr. commander marshal field_marshal
  mr. mr mrs. mrs ms. ms miss dr. dr prof. professor sir dame lord lady
  coach detective officer inspector inspector_general superintendent prosecutor sheriff attorney district_attorney
  administrator hon. honourable honorable rt._hon.
`);

/**
 * Last words of organisation names: `U.S. Special Operations Command`, `Reagan National
 * Defence Forum`, `Ministry of Foreign Affairs` (first word, see `ORGANIZATION_STARTS`).
 */
export const ORGANIZATION_HEADS = words(`
  agency command ministry department office bureau service services council committee commission
  board authority administration forces force army navy marines corps guard police party union
  federation confederation association alliance coalition league front movement group network organisation
  organization foundation institute institution university college school academy hospital court tribunal
  parliament congress senate assembly cabinet government company corporation corp. corp inc. inc ltd. ltd
  plc llc co. co bank fund exchange trust holdings industries airlines airways motors systems technologies
  labs partners capital media news times post journal herald tribune gazette telegraph press channel
  forum summit conference club team brigade battalion regiment division fleet cartel gang militia
  society church mosque centre center reserve commission
  records recordings entertainment studios productions pictures publishing publishers magazine radio
  television broadcasting communications railway railways railroad museum library laboratory laboratories
  orchestra band choir ensemble brotherhood consortium cooperative enterprises ventures clinic asylum seminary
  limited llp sa s.a. ag gmbh nv n.v. pty fc afc hc
`);

/** First words of organisation names: `Ministry of Communications`, `University of Oxford`. */
export const ORGANIZATION_STARTS = words(`
  ministry department office bureau university college bank council board court house_of
  institute school academy federation association league party
`);

/** Lower-case nouns that, right after a name, say it is an organisation: `the Tren de Aragua gang`. */
export const ORGANIZATION_NOUNS = words(`
  gang cartel group militia party company firm network agency organisation organization movement
  syndicate faction coalition alliance union outlet newspaper broadcaster channel bank
`);

/** Last words of place names: `Western Hemisphere`, `Gulf of Mexico` (first word), `Red Sea`. */
export const PLACE_HEADS = words(`
  sea ocean gulf bay strait channel river lake mountains mountain hills island islands isles peninsula
  desert valley basin coast hemisphere province state county district region territory city town village
  canal plateau plain plains falls delta archipelago
`);

/** First words of place names: `Gulf of Mexico`, `Strait of Hormuz`, `Isle of Man`. */
export const PLACE_STARTS = words(`gulf strait bay isle lake mount cape sea port`);

/** Lower-case words that turn a region into a place of its own: `the eastern Pacific`. */
export const DIRECTIONS = words(`
  northern southern eastern western central north south east west northeast northwest southeast
  southwest northeastern northwestern southeastern southwestern
`);

/**
 * Capitalised words that are not a name by themselves and start no person's name: sentence
 * openers, months and weekdays, adjectives of organisation names (`Special Operations`).
 */
export const NEVER_NAMES = words(`
  the a an this that these those there here it its he she they we you i his her their our my your
  and or but if when while as at by for from in into of on to with without after before since until
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
  today yesterday tomorrow tonight
  special national federal foreign international united central general state public royal supreme
  american european african asian western eastern northern southern new old great grand high
  breaking exclusive update live watch read photo video opinion analysis editorial
  sources source officials official reports report administration government police military
  americans europeans africans asians democrats republicans
  tl;dr tldr
`);

/** Speech verbs that attribute words to a speaker: `Trump said`, `told CNN`, `added`. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds wrote writes stated states noted notes explained explains
  announced announces claimed claims argued argues insisted insists warned warns asked asks replied
  replies responded responds declared declares tweeted posted confirmed confirms denied denies
  rejected rejects described describes acknowledged acknowledges suggested suggests recalled recalls
  continued continues recounted recounts admitted admits conceded concedes urged urges according
`);

/** Regions a direction makes a place of its own: `the eastern Pacific`, not `southern Venezuela`. */
export const DIRECTED_REGIONS = words(`pacific atlantic mediterranean caribbean arctic baltic`);

/** Lower-case words that join the parts of a name: `Tren de Aragua`, `Ministry of Foreign Affairs`, `al Qaeda`. */
export const NAME_CONNECTORS = words(`of de del della da do dos das di du la le van von der den ter al el bin ibn y`);
