/**
 * Whether a briefing's outlet names the site its page came from, judged against the page's
 * address: the outlet's letters against the registered domain's label, fuzzily. `The Guardian`
 * agrees with theguardian.com, `TechCrunch` with techcrunch.com, `Los Angeles Times` with
 * latimes.com (each word whole or as its initial), `Sputnik` with sputniknews.com (a prefix).
 */

/** Second-level labels under which a country's sites register: `co.uk`, `com.br`, `net.au`. */
const SECOND_LEVEL = /^(?:co|com|net|org|ac|gov|or|ne)$/;

/** The label a site registered: `theguardian` for www.theguardian.com, `bbc` for www.bbc.co.uk. */
export function registeredLabel(url: string): string {
  const labels = new URL(url).hostname.toLowerCase().split('.');
  const last = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const label = labels.length > 2 && last.length === 2 && SECOND_LEVEL.test(second) ? labels.at(-3) : second;
  return (label ?? '').replace(/[^a-z0-9]/g, '');
}

/** Whether `label` spells the words in order, each whole or by its initial. */
function spells(words: readonly string[], label: string): boolean {
  if (words.length === 0) return label === '';
  const [word = '', ...rest] = words;
  return (label.startsWith(word) && spells(rest, label.slice(word.length))) || (label.startsWith(word.charAt(0)) && spells(rest, label.slice(1)));
}

/** Whether an outlet's name agrees with the page's address. */
export function outletAgrees(outlet: string, url: string): boolean {
  const label = registeredLabel(url);
  const words = outlet
    .toLowerCase()
    .replace(/\.(?:com|net|org|co\.uk|info|in|ru|br)\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const letters = words.join('');
  const bare = (words[0] === 'the' ? words.slice(1) : words).join('');
  if (letters === '' || label === '') return false;
  if (letters === label || bare === label) return true;
  // `Sputnik` for sputniknews.com, `BBC News` for bbc.co.uk: one is the other's start.
  if ((bare.length >= 4 && label.startsWith(bare)) || (label.length >= 3 && bare.startsWith(label))) return true;
  return spells(words, label) || (words[0] === 'the' && spells(words.slice(1), label));
}
