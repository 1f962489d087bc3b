/**
 * Nouns every news story uses, which alone say nothing of what a story is about: a topic is
 * never one of them by itself (`official`), though it may end in one (`drone attack`).
 */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  `
  time year years day days week month today tonight morning evening night moment period
  official officials source sources report reports reporter statement statements comment comments
  news story article interview people person thing things way ways part parts number lot kind sort
  case cases issue issues point points fact facts place places area areas side sides end start
  world country countries region state city government administration leader leaders member members
  group groups man men woman women percent number numbers level levels term terms use result results
  effort efforts plan plans move moves step steps question questions problem problems change changes
  sign signs matter matters order orders need needs situation view views attention account accounts
  first second third last next other others one ones many more most time-line
  `
    .trim()
    .split(/\s+/),
);

/** Adjectives that say how much or which, not what kind: `multiple sources`, `first week`, `huge escalation`. */
export const VAGUE_ADJECTIVES: ReadonlySet<string> = new Set(
  `
  first second third last next previous prior former latter other another same such own several multiple many
  much more most few little less least huge big large small great major minor good bad new old recent latest
  early earlier late later immediate certain particular various different similar whole entire full main key
  possible likely real quite clear known unknown further additional overall total top high low long short
  `
    .trim()
    .split(/\s+/),
);
