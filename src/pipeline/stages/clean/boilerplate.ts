/**
 * Page furniture recognised by what one block looks like: share and follow prompts, newsletter
 * boxes, advertisement labels, "Read more:" links, photo credits, cookie and copyright notices,
 * comment counts. Each rule has a stable name, used in `dropped[].rule`.
 *
 * The patterns are anchored and made of plain alternations and bounded classes, so each runs in
 * time linear in the block, however long it is.
 */
import type { TextShape } from './features.ts';

/** A rule that recognises one kind of page furniture in a single block. */
interface BlockRule {
  readonly rule: string;
  /** Whether the rule is tried on a block that reads as a news sentence (see `readsAsSentence`). */
  readonly onSentences?: boolean;
  /** Whether `text` (trimmed, with shape `shape`) is this kind of furniture. */
  readonly matches: (text: string, shape: TextShape) => boolean;
}

const SOCIAL =
  'facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|pocket|tumblr|telegram|instagram|youtube|snapchat|email|e-mail|mail|print|messenger|google\\+|vk|line|sms|copy link|copy|more|rss|rss feed|tiktok';

/** A block made only of social network names and share verbs: `Facebook Twitter Email`. */
const SOCIAL_ONLY = new RegExp(`^(?:(?:share(?: on| to| via| this| with)?|tweet|pin|follow(?: us)?(?: on)?|${SOCIAL})[\\s:|,·•/]*)+$`, 'i');

const SHARE_PROMPT =
  /^(?:share|sharing|tweet|follow|subscribe|sign up|sign in|log in|login|register|join (?:our|the)|get (?:our|the latest|breaking)|receive (?:the|our)|newsletter|like this (?:story|article)|close share|share this|click here to (?:subscribe|share|follow)|please (?:check the opt|fill the form)|you have (?:succe\w+ )?subscribed|no spam|stay (?:up to date|on top|connected)|want more|don['’]t miss)\b/i;

/** The prompts no news sentence opens with: verbs to the reader, never a sentence's subject. */
const IMPERATIVE_PROMPT =
  /^(?:subscribe|sign up|sign in|log in|join (?:our|the)|get (?:our|the latest|breaking)|receive (?:the|our)|click here to (?:subscribe|share|follow)|share this|follow us|please (?:check the opt|fill the form)|you have (?:succe\w+ )?subscribed|no spam|stay (?:up to date|on top|connected)|don['’]t miss)\b/i;

const NEWSLETTER = /\b(?:newsletters?|unsubscribe|inbox|sign up for|subscribe to|subscription|signing up|activation link)\b/i;

/** What a newsletter box says around its form. */
const NEWSLETTER_BOX =
  /^(?:thanks? (?:you )?for (?:signing up|subscribing)|sorry!?|there was an error processing your subscription|see all newsletters|no spam\b|we respect your privacy|enter your e-?mail|your e-?mail address|an e-?mail with an activation link|please (?:activate|confirm) your subscription|success!?|this site is protected by recaptcha)/i;

/** Calls to click or to enable scripts: `Click here`, `This slideshow requires JavaScript.`. */
const CLICK_PROMPT = /\b(?:click(?:ing)? here|tap here|requires javascript|enable javascript|javascript (?:is )?(?:disabled|required))\b/i;

/** An advertisement's one-word label, alone or with its sponsor: `Advertisement`, `Ads by Google`, `Sponsored: Acme`. */
const AD_WORD =
  /^\(?(?:advertisement|advertisment|advert|ads?|sponsored|promoted|anzeige|publicidad|publicité|pubblicità|реклама|광고)\)?(?:\s*(?:[:|·•–—-]|\bby\b|\bfrom\b).*)?$/iu;

/** The longer labels around an advertisement: `Story continues below advertisement`. */
const AD_PHRASE =
  /^(?:sponsored (?:content|links?)|promoted content|paid (?:content|post|partner)|partner content|continue reading(?: the main story| below)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?)\b/i;

/** Words an advertisement's label may have with its sponsor; `Ad council opened a school` is a headline. */
const MAX_AD_WORDS = 5;

const READ_MORE =
  /^\[?(?:read more|read also|also read|also on [\w.]+|also|read next|see also|see more|related(?: post| article| story| content| coverage| reading| link| topics?| tags?)?s?|more from|more on this|more:|recommended|must read|further reading|watch|listen|leia (?:mais|também)|lesen sie auch|lire aussi|leggi anche|читайте также|baca juga)\b\s*[:»›>|–—-]/i;

const READ_MORE_ALONE =
  /^(?:read more|read full (?:story|article)|continue reading|full story|more|next|previous|next article|previous article|back to top|scroll back to top|return to top|go to home page|skip to (?:content|main content|navigation)|skip to content skip to site index|jump to|load more|show more|view more|see more|click here|tap here|top|menu|close|search|home|print|print this article|email|video|live|shares?|loading\s?\.*)\s*[»›>→…]*$/i;

const PHOTO_CREDIT_START =
  /^(?:\(?(?:photo|photos|photograph|image|images|picture|pic|foto|fotos|фото|credit|credits|image credit|photo credit|source|illustration|video|graphic)s?\s*(?:by|:|\.\.\.|—|–|-)|image copyright|copyright (?:©\s*)?(?:getty|reuters|ap|afp|epa|shutterstock)|image \d+ of \d+|\d+ \/ \d+$|file photo\b)/i;

/** A credit at the end of a caption, with no full stop after it (a sentence may end in "Reuters."). */
const PHOTO_CREDIT_END =
  /(?:getty images?|\bafp(?: via getty images)?|\/(?:the new york times|ap|afp|reuters|bloomberg|getty images)|\breuters\/[\p{L} .-]{1,39}\p{L}|\(ap photo[^)]{0,80}\)|\((?:photo|image|picture|foto)s?(?::| by| credit| courtesy)[^)]{1,80}\)|\bcredit(?:\.\.\.|:)\s*[^.]{2,80}|shutterstock|\bistock(?:photo)?|, ap|\bepa(?:-efe)?)\s*$/iu;

/** How far from the end of a caption its credit can start. */
const CREDIT_TAIL = 120;

/** `Jason Cipriani/ZDNet`: a photographer and the outlet, as credits print them. */
const PHOTO_NAME_OUTLET = /^\(?\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3} ?\/ ?\p{Lu}[\p{L}.&' -]{1,40}\)?$/u;

const PHOTO_AGENCY_BY = /^(?:[\p{L}.' -]{2,60}\s*[|/]\s*){1,3}(?:getty images|reuters|ap|afp|bloomberg|shutterstock|epa)\s*$/iu;

const COOKIE = /\b(?:cookies?|cookie policy|we use cookies|this (?:site|website) uses|accept (?:all|cookies)|gdpr|privacy (?:settings|preferences))\b/i;

/** What a copyright notice carries: the sign, a year or a name after the word, the reservation of rights. */
const COPYRIGHT_MARK =
  /(?:^|\s)(?:©|\(c\)|ⓒ)|(?:^|[|·•–—-]\s*)copyright\s+(?:©|\(c\)|(?:19|20)\d\d\b)|\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed)|무단전재/i;

/** `Copyright Reuters`, `COPYRIGHT The Daily Courier`: the word, then a name (not a sentence's next word). */
const COPYRIGHT_NAME = /(?:^|\s)(?:[Cc]opyright|COPYRIGHT)\s+\p{Lu}/u;

/** Furniture speaks to the reader (`your inbox`, `our newsletter`, `this article`); news sentences seldom do. */
const ADDRESSES_READER = /\b(?:you|your|yours|our|us|this (?:article|story|page|post|site|video))\b/i;

const LEGAL =
  /\b(?:terms (?:of (?:use|service|sale)|& conditions|and conditions)|privacy (?:policy|notice|statement)|cookie policy|your (?:ad|privacy) choices|do not sell my|accessibility statement|site ?map|contact us|about us)\b/i;

/** Tag and category lines: `Filed under china , plague`, `Tags: Apple, Mac`, `Topics concept EV`. */
const TAGS = /^(?:filed under|tags?|tagged(?: with)?|topics?|categories|category|posted in|more about|keywords|schlagwörter|etiquetas|tag)\b\s*[:\-–]?\s*/i;

/**
 * Headings of teaser lists: `Related Articles`, `Most Popular`, `Read Next`, `More in World`,
 * `Trending Now on NYPost.com`, `You may also like`.
 */
const RELATED_HEADING =
  /^(?:related|more|most|trending|popular|top|latest|recommended|next up|artigos relacionados|notícias relacionadas|you (?:may|might) (?:also )?(?:like|enjoy)|see also|read next|up next|what to read next|also on|editor['’]?s (?:picks|choice)|don['’]t miss|featured|sponsored stories|around the web|from the web|further reading|recent posts|previous post|next post|more stories|other stories|related posts|más|mais|weitere|autres|altri|читайте|baca)\b/i;

/** Openers a headline shares with a teaser heading: `Top official resigns` is news, `Top Stories` a heading. */
const RANKING_OPENER = /^(?:related|more|most|trending|popular|top|latest|recommended|featured|más|mais|weitere|autres|altri)\b/i;

/** The opener's next word in a teaser heading: what it lists, or where from (`Most Read`, `More in World`, `Latest News`). */
const TEASER_WORD =
  /^\S+\s+(?:top|latest|recent|stories|story|news|articles?|posts?|videos?|reads?|viewed|shared|popular|headlines|content|links|coverage|topics|galleries|podcasts|from|in|on|about|for you|now|today|this week|notícias|matérias|artigos|artikel|noticias|articoli|nachrichten)\b/i;

const COMMENTS =
  /^(?:\[?\s*\(?\d[\d,.]*[km]?\)?\s*(?:comments?|responses?|replies|shares?|likes?|views?|reads?|letture|comentários?|kommentare|комментари\w*)\s*\]?|(?:view|show|hide|read|post|add|leave|load|see)(?: all)?(?: an?| your| the)? (?:comments?|reply)(?: \(\+\))?|comments?(?: \(\+\)| \(\d+\))?|no comments(?: yet)?.*|be the first to comment.*|join the (?:conversation|discussion).*|comment from the forums|top rated comments|blog comments powered by disqus|lascia un commento|nessun commento|deixe (?:um|seu) comentário|kommentar(?:e)? schreiben|\d+ comentários?|comente!?|leave a reply|deixe uma resposta|laisser un commentaire|schreibe einen kommentar|deja una respuesta|cancel reply|(?:your|o seu) (?:email|e-mail|endereço de e-mail) (?:address )?(?:will not|não será) (?:be )?publi\w+.*)$/i;

/**
 * The heading of a comment thread, which names the article it answers: `34 responses to “Pier
 * closes”`, `12 thoughts on “…”`. A sentence (`12 responses to the survey came in.`) ends with a stop.
 */
export const COMMENT_THREAD_HEADING = /^\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts)\s+(?:to|on)\s+\S/i;

/** Most words of a comment thread's heading: the count and the article's headline. */
const MAX_THREAD_HEADING_WORDS = 30;

/**
 * What a page says where its player or script would be: `Your browser does not support HTML5
 * video.`, `This video is no longer available`, `Please enable JavaScript`. It speaks of this
 * page (`this`, `your`), as news of a video (`The video was taken down`) does not.
 */
const MEDIA_NOTICE =
  /^(?:sorry,?\s+)?(?:(?:your|this) (?:web )?browser (?:does not|doesn['’]t|cannot|can['’]t|is not able to) (?:support|play|display)|(?:please )?(?:enable|turn on|activate) javascript|javascript (?:is|must be) (?:required|disabled|enabled)|this (?:video|audio|clip|content|media|podcast|player) (?:is|has been) (?:no longer |not |currently not |currently un|un)?(?:available|supported)|video unavailable)\b/i;

/** Most words such a notice takes. */
const MAX_NOTICE_WORDS = 14;

/** A writer's name before a stamp, set off by a dot or a bar: `Tom Lee · `. */
const STAMP_WRITER = /^[^·•|]{1,40}\s[·•|]\s/u;

/** A comment's own buttons, alone on their line, a count after them or not. */
const COMMENT_CONTROL = /^(?:reply|responder|responda|antworten|répondre|rispondi|report abuse|report comment|flag as inappropriate)(?:\s*\(?\d+\)?)?$/i;

/** `Tempo de leitura: 1 minuto`, `5 min read`, `Reading time: 3 minutes`, `Listen to this article 4 min`. */
const READING_TIME =
  /^(?:(?:estimated )?reading time|read time|listen to (?:this|the) (?:article|story)(?:\s*[:·|-]?\s*\d+\s?(?:min|minutes?|mins)\.?)?$|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura|\d+\s?(?:min|minutes?|mins)\.?\s(?:read|de lectura|de leitura|lesezeit))\b/i;

/** The rules printed over a comment form: `As you comment, please be respectful…`, `ATENÇÃO: Comentários…`. */
const COMMENT_POLICY =
  /^(?:(?:atenção|attention|achtung|nota|note)\s*:\s*(?:coment|comment|kommentar)|as you comment\b|comments? (?:are closed|policy|guidelines)\b|comment policy\b|we welcome (?:your )?comments\b)/i;

/** The heading of the box about the author: `About the author`, `Über Moritz Bachmann`, `Sobre Carlos Nadalim`. */
const ABOUT_AUTHOR =
  /^(?:[Aa]bout|[Ss]obre|[Üü]ber|[ÀàAa] propos de|[Aa] proposito di|[Tt]entang|[Оо]б)\s+(?:the author|[Tt]he [Aa]uthor|o autor|l['’]auteur|den [Aa]utor|автор\p{L}*|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u;

/** A time stamp standing alone, as teaser lists and comment threads print them: `32M ago`, `Nov 18`. */
const TIMESTAMP =
  /^(?:updated (?:at )?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?\.?$|(?:updated |posted |published )?(?:(?:about |just )?\d{1,3}\s?(?:s|m|h|d|w|mo|y|sec|secs|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\.? ago|yesterday|today|just now|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)(?:,? at \d{1,2}[:.]\d{2}\s?(?:am|pm)?)?(?: \d+ photos)?$)/i;

/** The longest block a rule is tried on. */
const MAX_FURNITURE_LENGTH = 600;

/** The rules, in the order they are tried; the first that matches names the block's rule. */
const BLOCK_RULES: readonly BlockRule[] = [
  { rule: 'boilerplate-ad', matches: (text, shape) => (shape.words <= MAX_AD_WORDS && AD_WORD.test(text)) || (shape.words <= 8 && AD_PHRASE.test(text)) },
  {
    rule: 'boilerplate-share',
    matches: (text, shape) =>
      SOCIAL_ONLY.test(text) ||
      (shape.words <= 14 && SHARE_PROMPT.test(text) && (shape.words === 1 || speaksToReader(text))) ||
      (shape.words <= 16 && /\b(?:has been )?shared [\d,.]+[km]? times\b/i.test(text)) ||
      // `Get the latest headlines delivered to your inbox`: a prompt, then what it sends.
      (shape.words <= 30 && SHARE_PROMPT.test(text) && speaksToReader(text) && /\b(?:inbox|newsletters?|alerts|deliver\w*|e-?mails?)\b/i.test(text)) ||
      /^(?:breaking news |daily |free )?(?:e-?mail )?(?:newsletters?|alerts|e-?mails)(?: and alerts)?$/i.test(text) ||
      (shape.words <= 40 && NEWSLETTER.test(text) && /\b(?:sign|subscri|inbox|e-?mail|deliver|activat)/i.test(text)) ||
      (shape.words <= 30 && NEWSLETTER_BOX.test(text)),
  },
  // `Get breaking news on …!` is a prompt even when it reads as a sentence; `Share prices rose.` is news.
  { rule: 'boilerplate-share', onSentences: true, matches: (text, shape) => shape.words <= 30 && IMPERATIVE_PROMPT.test(text) },
  {
    rule: 'boilerplate-read-more',
    onSentences: true,
    // A teaser link tagged by its kind: `China furious at Macron for Hong Kong protest jibe [INSIGHT]`.
    matches: (text, shape) => shape.words <= 30 && (READ_MORE.test(text) || /\[\p{Lu}{3,}\]\|?$/u.test(text)),
  },
  {
    rule: 'boilerplate-link',
    onSentences: true,
    matches: (text, shape) =>
      (shape.words <= 8 && (READ_MORE_ALONE.test(text) || isLinkOnly(text))) ||
      (shape.words <= 30 && CLICK_PROMPT.test(text)) ||
      // A page builder's shortcode left in the text: `[button link="…"] Send us your review`.
      /^\[(?:button|caption|embed|gallery|video|audio|shortcode|vc_\w+)\b/i.test(text),
  },
  {
    rule: 'photo-credit',
    onSentences: true,
    matches: (text, shape) =>
      shape.words <= 60 &&
      // The credit at the end is looked for in the last characters only: it is never longer.
      (PHOTO_CREDIT_START.test(text) || PHOTO_CREDIT_END.test(text.slice(-CREDIT_TAIL)) || PHOTO_AGENCY_BY.test(text) || PHOTO_NAME_OUTLET.test(text)),
  },
  {
    rule: 'cookie-notice',
    onSentences: true,
    matches: (text, shape) => shape.words <= 80 && COOKIE.test(text) && /\b(?:use|accept|consent|continu|agree|settings)/i.test(text),
  },
  // `Top officials said the copyright of the plans…` and `Copyright battle heats up` are news;
  // `© 2019 Reuters. All rights reserved.` and `Copyright Reuters` are not.
  {
    rule: 'copyright-notice',
    onSentences: true,
    matches: (text, shape) => shape.words <= 60 && (COPYRIGHT_MARK.test(text) || COPYRIGHT_NAME.test(text) || /^copyright$/i.test(text)),
  },
  { rule: 'boilerplate-legal', matches: (text, shape) => shape.words <= 20 && !shape.endsSentence && LEGAL.test(text) },
  // A tag line is labelled (`Tags:`) or lists names (`Tags Apple Mac iPhone`); `Tag opened the fair` is a headline.
  {
    rule: 'boilerplate-tags',
    matches: (text, shape) => shape.words <= 30 && TAGS.test(text) && (/^\S+(?: \S+)?\s*[:\-–]/u.test(text) || shape.capitalized >= 0.6),
  },
  {
    rule: 'related-stories',
    matches: (text, shape) => {
      const heading = text.replace(/(?:\.\.\.|…|:)$/, '');
      return (
        shape.words <= 7 &&
        !/[.!?]$/.test(heading) &&
        RELATED_HEADING.test(heading) &&
        (shape.words === 1 || !RANKING_OPENER.test(heading) || TEASER_WORD.test(heading))
      );
    },
  },
  {
    rule: 'comment-count',
    onSentences: true,
    matches: (text, shape) =>
      (shape.words <= 12 && COMMENTS.test(text)) ||
      (shape.words <= 60 && COMMENT_POLICY.test(text)) ||
      (shape.words <= MAX_THREAD_HEADING_WORDS && COMMENT_THREAD_HEADING.test(text) && !/[.!?]$/u.test(text)),
  },
  { rule: 'media-notice', onSentences: true, matches: (text, shape) => shape.words <= MAX_NOTICE_WORDS && MEDIA_NOTICE.test(text) },
  { rule: 'reading-time', onSentences: true, matches: (text, shape) => shape.words <= 8 && READING_TIME.test(text) },
  { rule: 'author-bio', matches: (text, shape) => shape.words <= 6 && ABOUT_AUTHOR.test(text) },
  // A comment's or a teaser's stamp may carry its writer's name first: `Tom Lee · 3h ago`.
  { rule: 'boilerplate-timestamp', onSentences: true, matches: (text, shape) => shape.words <= 8 && TIMESTAMP.test(text.replace(STAMP_WRITER, '')) },
  // The buttons under each comment (`Reply`, `Report abuse`); they do not close the article, as
  // a thread's heading does: a stray one may stand anywhere.
  { rule: 'comment-control', matches: (text) => COMMENT_CONTROL.test(text) },
];

/** Rules whose blocks close an article: nothing after comments or the copyright line is the article. */
export const CLOSING_RULES: ReadonlySet<string> = new Set(['comment-count', 'copyright-notice', 'author-bio']);

/**
 * The name of the rule that recognises `text` as page furniture, or null when none does.
 *
 * @example matchBlockRule('Share this article', measureText('Share this article')) // 'boilerplate-share'
 */
export function matchBlockRule(text: string, shape: TextShape): string | null {
  // Furniture is short; a longer block is never tried, which also bounds every pattern's work.
  if (text.length > MAX_FURNITURE_LENGTH) return null;
  const sentence = readsAsSentence(text, shape);
  for (const { rule, matches, onSentences } of BLOCK_RULES) if ((onSentences === true || !sentence) && matches(text, shape)) return rule;
  return null;
}

/**
 * Whether a block reads as a sentence of news: three words or more, in sentence case, ending with
 * a full stop or such a mark, and not speaking to the reader. Labels and prompts (`Share`, `Ad`,
 * `Top`, `Tags`) never read so; `Share prices rose 4% on Monday.` does, and is kept whatever
 * word it opens with. Only the rules that name marks a sentence can carry (a credit, a cookie
 * notice, the copyright sign) are tried on it.
 */
function readsAsSentence(text: string, shape: TextShape): boolean {
  return shape.words >= MIN_SENTENCE_WORDS && shape.capitalized < 0.5 && /[.!?…]["'”’»)]*$/u.test(text) && !ADDRESSES_READER.test(text);
}

/** Networks and channels a prompt sends the reader to. */
const PLATFORM = /\b(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|instagram|youtube|tiktok|flipboard|e-?mail|rss)\b|(?:^|\s)@\w/i;

/**
 * Whether a line opening with `Share`, `Follow` or `Newsletter` is a prompt: it is that word
 * alone, or it speaks to the reader or names a network. `Share prices tumble after the vote` is a headline.
 */
function speaksToReader(text: string): boolean {
  return ADDRESSES_READER.test(text) || PLATFORM.test(text) || IMPERATIVE_PROMPT.test(text);
}

/** `Ad sales fell.` is a sentence; `Share this.` speaks to the reader, and is not. */
const MIN_SENTENCE_WORDS = 3;

/** A bare address or e-mail: `https://example.com/x`, `www.example.com`, `name@example.com`. */
function isLinkOnly(text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.-]+$|^@\w+$/i.test(text);
}
