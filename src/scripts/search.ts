/**
 * The site's search UI, a thin layer over Pagefind's JS API (https://pagefind.app/docs/api/).
 * Every value from the index (titles, outlets, filter values, the page text excerpts come from)
 * is written into the page as text nodes, hits as `<mark>` elements built around them. Nothing
 * from the index goes through `innerHTML`, and Pagefind's own HTML excerpts are not used.
 */
import { buildExcerpt, splitWords, type ExcerptSource } from '../lib/pagefind.ts';

/** Counts per value, per filter: `{ outlet: { 'The Daily': 3 } }`. */
type FilterCounts = Record<string, Record<string, number>>;

interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}

/** What Pagefind returns for one result once loaded. */
interface PagefindResultData {
  url: string;
  /** The indexed text of the page. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
  locations: number[];
}

interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: FilterCounts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
}

/** The filters, in the order they are offered, with their labels. */
const FILTERS: readonly { key: string; label: string }[] = [
  { key: 'outlet', label: 'Outlet' },
  { key: 'story', label: 'Story' },
  { key: 'year', label: 'Year' },
  { key: 'person', label: 'Person' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'place', label: 'Place' },
  { key: 'topic', label: 'Topic' },
];

/** Results shown at first, and added by "More results": each needs its own fragment fetched. */
const PAGE_SIZE = 5;
/** Values of a filter shown before its "find" box is needed. */
const TOP_VALUES = 8;
/** Values a "find" box lists at most. */
const FOUND_VALUES = 30;
/** Words in an excerpt. */
const EXCERPT_WORDS = 30;
/** Paragraph links under a result. */
const SUB_RESULTS = 3;
/** Where the filters get a column of their own (the panel's two-column layout). */
const WIDE_SCREEN = '(min-width: 48rem)';
/** A body paragraph's anchor, the target of a sub-result. */
const PARAGRAPH_ID = /^p-\d+$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Time a phase of a search (`load`, `query`, `fragments`, `render`) as a User Timing measure
 * `search:<phase>`, so that a performance profile or the search benchmark can tell them apart.
 */
async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`search:${phase}`, { start });
  }
}

/** Build an element with a class and children. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== null) node.className = className;
  node.append(...children);
  return node;
}

/** An excerpt as text nodes and `<mark>` elements. */
function excerptNodes(source: ExcerptSource): Node[] {
  return buildExcerpt(source, EXCERPT_WORDS).map((part) => (part.marked ? element('mark', null, part.text) : document.createTextNode(part.text)));
}

/** `2025-12-30` as `30 Dec 2025`. */
function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return year && month && date ? `${date} ${MONTHS[month - 1] ?? ''} ${year}` : day;
}

/** A result's link with the query, for the briefing page to highlight the hits on arrival. */
function linkWithQuery(url: string, term: string, hash = ''): string {
  const link = new URL(url, window.location.href);
  if (term !== '') link.searchParams.set('highlight', term);
  link.hash = hash;
  return link.pathname + link.search + link.hash;
}

/**
 * The paragraphs of a result that hold the most hits, in reading order: each is the part of the
 * page from its `#p-N` anchor to the next anchor.
 */
function paragraphHits(data: PagefindResultData, wordCount: number): { id: string; from: number; to: number }[] {
  const anchors = data.anchors.filter((anchor) => PARAGRAPH_ID.test(anchor.id)).sort((a, b) => a.location - b.location);
  const parts = anchors.map((anchor, index) => ({
    id: anchor.id,
    from: anchor.location,
    to: anchors[index + 1]?.location ?? wordCount,
  }));
  const counted = parts
    .map((part) => ({ part, hits: data.locations.filter((hit) => hit >= part.from && hit < part.to).length }))
    .filter(({ hits }) => hits > 0);
  return counted
    .sort((a, b) => b.hits - a.hits || a.part.from - b.part.from)
    .slice(0, SUB_RESULTS)
    .map(({ part }) => part)
    .sort((a, b) => a.from - b.from);
}

/** Start the search UI inside `root` (a `[data-search-panel]` element). */
export function mountSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const sort = root.querySelector<HTMLSelectElement>('.search-sort');
  const status = root.querySelector<HTMLElement>('.search-status');
  const filtersPanel = root.querySelector<HTMLDetailsElement>('.search-filters-panel');
  const filtersBox = root.querySelector<HTMLElement>('.search-filters');
  const list = root.querySelector<HTMLOListElement>('.search-results');
  const more = root.querySelector<HTMLButtonElement>('.search-more');
  if (!input || !sort || !status || !filtersPanel || !filtersBox || !list || !more) return;
  const bundlePath = root.dataset.bundlePath ?? '/pagefind/';
  const resultHeading = root.dataset.resultHeading === 'h2' ? 'h2' : 'h3';
  const chosen = new Map<string, Set<string>>();
  const openGroups = new Set<string>();
  const finding = new Map<string, string>();
  let pagefind: Promise<Pagefind> | null = null;
  /** Every filter's values, loaded once the filters are first shown (at 4,000 briefings they weigh more than the rest of a first query). */
  let filtersLoaded: Promise<FilterCounts> | null = null;
  /** The search under way, and whether the query changed while it ran. */
  let running: Promise<void> | null = null;
  let queued = false;
  let shown: PagefindSearch['results'] = [];
  let rendered = 0;
  let generation = 0;
  let term = '';

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
      // Pagefind's web worker costs a second copy of its runtime (12 KiB gzip) on the first query
      // and a message round trip for each result; it is worth that only where the page is still
      // being drawn while the index loads (the search page), not in a dialog opened to search.
      const noWorker = !root.hasAttribute('data-search-in-worker');
      await api.options({ baseUrl: root.dataset.baseUrl ?? '/', excerptLength: EXCERPT_WORDS, noWorker });
      await api.init();
      return api;
    })();
    return pagefind;
  };

  const filterOption = (): Record<string, { any: string[] }> =>
    Object.fromEntries([...chosen].filter(([, values]) => values.size > 0).map(([key, values]) => [key, { any: [...values] }]));

  const toggle = (key: string, value: string, on: boolean) => {
    const set = chosen.get(key) ?? new Set<string>();
    if (on) set.add(value);
    else set.delete(value);
    chosen.set(key, set);
    schedule();
  };

  const valueItem = (key: string, value: string, count: number): HTMLLIElement => {
    const box = element('input', null);
    box.type = 'checkbox';
    box.checked = chosen.get(key)?.has(value) ?? false;
    box.addEventListener('change', () => toggle(key, value, box.checked));
    return element('li', null, element('label', 'search-filter-label', box, ` ${value} `, element('span', 'search-filter-count', `(${count})`)));
  };

  const renderFilters = (counts: FilterCounts) => {
    // Only values the results have (and those chosen), and only groups with any.
    const offered = FILTERS.map(({ key, label }) => {
      const selected = chosen.get(key) ?? new Set<string>();
      const values = Object.entries(counts[key] ?? {})
        .filter(([value, count]) => count > 0 || selected.has(value))
        .sort(key === 'year' ? ([a], [b]) => b.localeCompare(a) : ([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
      return { key, label, selected, values };
    }).filter(({ values }) => values.length > 0);
    const groups = offered.map(({ key, label, selected, values }) => {
      const valueList = element('ul', null);
      const findText = finding.get(key) ?? '';
      const fill = () => {
        const needle = (finding.get(key) ?? '').toLocaleLowerCase();
        const matching = needle === '' ? values : values.filter(([value]) => value.toLocaleLowerCase().includes(needle));
        // The chosen values stay in view, then the most frequent.
        const top = needle === '' ? [...values.filter(([value]) => selected.has(value)), ...values.filter(([value]) => !selected.has(value))].slice(0, Math.max(TOP_VALUES, selected.size)) : matching.slice(0, FOUND_VALUES);
        valueList.replaceChildren(...top.map(([value, count]) => valueItem(key, value, count)));
        note.textContent = matching.length > top.length ? `${top.length} of ${matching.length} shown` : '';
      };
      const note = element('p', 'search-filter-note');
      const children: Node[] = [element('summary', 'search-filter-name', label, ' ', element('span', 'search-filter-count', `(${values.length})`))];
      if (values.length > TOP_VALUES) {
        const find = element('input', 'search-filter-find');
        find.type = 'search';
        find.value = findText;
        find.setAttribute('aria-label', `Find a ${label.toLowerCase()}`);
        find.placeholder = `Find a ${label.toLowerCase()}`;
        find.addEventListener('input', () => {
          finding.set(key, find.value);
          fill();
        });
        children.push(find);
      }
      children.push(valueList, note);
      fill();
      const group = element('details', 'search-filter', ...children);
      group.dataset.filter = key;
      group.open = selected.size > 0 || openGroups.has(key);
      group.addEventListener('toggle', () => (group.open ? openGroups.add(key) : openGroups.delete(key)));
      return group;
    });
    // Keep focus in a filter's "find" box while its group is rebuilt.
    const focusedFind = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement.closest<HTMLElement>('.search-filter')?.dataset.filter : undefined;
    filtersBox.replaceChildren(...groups);
    if (focusedFind) filtersBox.querySelector<HTMLInputElement>(`.search-filter[data-filter="${focusedFind}"] .search-filter-find`)?.focus();
  };

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const words = splitWords(data.content);
    const title = element('a', 'search-result-link', data.meta.title ?? data.url);
    title.href = linkWithQuery(data.url, term);
    const outlet = data.filters.outlet?.[0];
    const published = data.meta.published;
    const meta = [outlet, published === undefined ? 'Undated' : formatDay(published)].filter((part) => part !== undefined).join(' · ');
    const paragraphs = term === '' ? [] : paragraphHits(data, words.length);
    const subResults = paragraphs.map((part) => {
      const link = element('a', 'search-sub-result-link', ...excerptNodes({ words, hits: data.locations, from: part.from, to: part.to }));
      link.href = linkWithQuery(data.url, term, part.id);
      return element('li', 'search-sub-result', link);
    });
    return element(
      'li',
      'search-result',
      element(resultHeading, 'search-result-title', title),
      element('p', 'search-result-meta', meta),
      ...(subResults.length > 0
        ? [element('ul', 'search-sub-results', ...subResults)]
        : [element('p', 'search-result-excerpt', ...excerptNodes({ words, hits: data.locations, from: 0, to: words.length }))]),
    );
  };

  /**
   * Show the next page of results; a new search's first page replaces the last search's results
   * in one step, so the list is never empty in between and what follows it does not jump.
   */
  const renderMore = async (current: number, replace = false) => {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    // Offline, a briefing's fragment is there only if a result showed it before.
    const data = await timed('fragments', () => Promise.all(next.map((result) => result.data().catch(() => null))));
    if (current !== generation) return;
    const start = performance.now();
    const items = data.map((result) => (result === null ? element('li', 'search-result search-result-unsaved', 'A briefing not saved for offline reading') : renderResult(result)));
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    performance.measure('search:render', { start });
    rendered += next.length;
    more.hidden = rendered >= shown.length;
  };

  const run = async () => {
    const current = ++generation;
    term = input.value.trim();
    const filters = filterOption();
    try {
      const api = await timed('load', load);
      if (term === '' && Object.keys(filters).length === 0) {
        const counts = filtersLoaded ? await filtersLoaded : {};
        if (current !== generation) return;
        list.replaceChildren();
        shown = [];
        more.hidden = true;
        status.textContent = 'Type to search, or open the filters to browse.';
        renderFilters(counts);
        return;
      }
      // With no words to rank by, filtered briefings come newest first.
      const options = { filters, ...(sort.value === 'newest' || term === '' ? { sort: { published: 'desc' } } : {}) };
      const search = await timed('query', () => api.search(term || null, options));
      if (current !== generation) return;
      const start = performance.now();
      shown = search.results;
      rendered = 0;
      renderFilters(search.filters);
      performance.measure('search:render', { start });
      await renderMore(current, true);
      // The count comes with the results it counts.
      if (current === generation) status.textContent = shown.length === 0 ? 'No briefings found.' : `${shown.length} ${shown.length === 1 ? 'briefing' : 'briefings'}`;
    } catch {
      if (current !== generation) return;
      pagefind = null;
      status.textContent =
        'The search index is not here. It is built with the site: run `npm run build` once; `npm run dev` then searches the last build.';
    }
  };

  // Arrow keys move between the query box and the links of the results.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target;
    if (!(target instanceof HTMLElement) || (target !== input && !list.contains(target))) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    event.preventDefault();
    const at = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
  // One search at a time, and no fixed delay: while one runs, typing only marks the query as
  // changed, and the latest query runs when it is done.
  const schedule = () => {
    if (running) {
      queued = true;
      return;
    }
    running = run().finally(() => {
      running = null;
      if (queued) {
        queued = false;
        schedule();
      }
    });
  };

  // Pagefind counts filter values for a search only once they are loaded: load them when the
  // filters are first shown, then count them for the query on screen.
  const showFilters = () => {
    if (!filtersPanel.open || filtersLoaded) return;
    filtersLoaded = load().then((api) => api.filters());
    void filtersLoaded.then(schedule, () => (filtersLoaded = null));
  };
  filtersPanel.addEventListener('toggle', showFilters);
  input.addEventListener('input', schedule);
  sort.addEventListener('change', schedule);
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule();
  });
  more.addEventListener('click', () => void renderMore(generation));
  // The search page takes its query from `?q=`, as the header's form sends it without script.
  const query = root.hasAttribute('data-query-from-url') ? new URLSearchParams(window.location.search).get('q') : null;
  if (query) input.value = query;
  root.dataset.mounted = '';
  if (root.hasAttribute('data-filters-open-when-wide') && window.matchMedia(WIDE_SCREEN).matches) filtersPanel.open = true;
  showFilters();
  schedule();
}

/** Put a query in a mounted panel's box and search for it. */
export function searchFor(root: HTMLElement, query: string): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) return;
  input.value = query;
  input.dispatchEvent(new Event('input'));
}
