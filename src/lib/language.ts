/**
 * Languages of pages: the `dir` a BCP 47 tag is written in, from the Unicode data the
 * JavaScript engine carries (Intl.Locale text info), so no table of our own.
 */

/** The text-info part of `Intl.Locale`, missing from TypeScript's own library types. */
interface WithTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/**
 * The direction text in a language runs: `rtl` for Arabic, Hebrew, Persian, Urdu…, else `ltr`
 * (also for a tag the engine cannot read).
 *
 * @example textDirection('fa-IR') // 'rtl'
 * @example textDirection('pt-BR') // 'ltr'
 */
export function textDirection(language: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & WithTextInfo;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The language a briefing's page, feeds and structured data should name: the detected one, or
 * null when it is absent or `und` (too little text to tell), so the site's own language applies.
 *
 * @example pageLanguage({ language: 'und' }) // null
 */
export function pageLanguage(briefing: { readonly language?: string | undefined }): string | null {
  return briefing.language === undefined || briefing.language === 'und' ? null : briefing.language;
}
