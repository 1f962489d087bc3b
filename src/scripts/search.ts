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
  text: string;
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
  totalFilters: FilterCounts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  debouncedSearch(term: string | null, options?: Record<string, unknown>, wait?: number): Promise<PagefindSearch | null>;
}

/** The filters, in the order they are offered, with their labels. */
const FILTERS: readonly { key: string; label: string }[] = [
  { key: 'outlet', label: 'Outlet' },
  { key: 'person', label: 'Person' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'place', label: 'Place' },
  { key: 'topic', label: 'Topic' },
];

/** Results shown at first, and added by "More results". */
const PAGE_SIZE = 10;

/** Build an element with a class and text children. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== null) node.className = className;
  node.append(...children);
  return node;
}

/** Words in an excerpt. */
const EXCERPT_WORDS = 30;

/** An excerpt as text nodes and `<mark>` elements. */
function excerptNodes(source: ExcerptSource): Node[] {
  return buildExcerpt(source, EXCERPT_WORDS).map((part) => (part.marked ? element('mark', null, part.text) : document.createTextNode(part.text)));
}

/** Start the search UI inside `root` (a `[data-search-panel]` element). */
export function mountSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('.search-status');
  const filtersBox = root.querySelector<HTMLElement>('.search-filters');
  const list = root.querySelector<HTMLOListElement>('.search-results');
  const more = root.querySelector<HTMLButtonElement>('.search-more');
  if (!input || !status || !filtersBox || !list || !more) return;
  const bundlePath = root.dataset.bundlePath ?? '/pagefind/';
  const chosen = new Map<string, Set<string>>();
  let pagefind: Promise<Pagefind> | null = null;
  let shown: PagefindSearch['results'] = [];
  let rendered = 0;
  let generation = 0;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
      await api.options({ baseUrl: root.dataset.baseUrl ?? '/', excerptLength: EXCERPT_WORDS });
      await api.init();
      return api;
    })();
    return pagefind;
  };

  const filterOption = (): Record<string, { any: string[] }> =>
    Object.fromEntries([...chosen].filter(([, values]) => values.size > 0).map(([key, values]) => [key, { any: [...values] }]));

  const renderFilters = (counts: FilterCounts) => {
    const groups = FILTERS.filter(({ key }) => Object.keys(counts[key] ?? {}).length > 0).map(({ key, label }) => {
      const values = Object.entries(counts[key] ?? {})
        .filter(([value, count]) => count > 0 || chosen.get(key)?.has(value))
        .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
      const items = values.map(([value, count]) => {
        const box = element('input', null);
        box.type = 'checkbox';
        box.checked = chosen.get(key)?.has(value) ?? false;
        box.addEventListener('change', () => {
          const set = chosen.get(key) ?? new Set<string>();
          if (box.checked) set.add(value);
          else set.delete(value);
          chosen.set(key, set);
          void run();
        });
        return element('li', null, element('label', 'search-filter-label', box, ` ${value} `, element('span', 'search-filter-count', `(${count})`)));
      });
      const group = element('details', 'search-filter', element('summary', 'search-filter-name', label), element('ul', null, ...items));
      group.dataset.filter = key;
      group.open = (chosen.get(key)?.size ?? 0) > 0 || openGroups.has(key);
      group.addEventListener('toggle', () => (group.open ? openGroups.add(key) : openGroups.delete(key)));
      return group;
    });
    filtersBox.replaceChildren(...groups);
  };
  const openGroups = new Set<string>();

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const words = splitWords(data.content);
    const title = element('a', 'search-result-link', data.meta.title ?? data.url);
    title.href = data.url;
    const outlet = data.filters.outlet?.[0];
    return element(
      'li',
      'search-result',
      element('h3', 'search-result-title', title),
      ...(outlet === undefined ? [] : [element('p', 'search-result-meta', outlet)]),
      element('p', 'search-result-excerpt', ...excerptNodes({ words, hits: data.locations, from: 0, to: words.length })),
    );
  };

  const renderMore = async (run: number) => {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (run !== generation) return;
    list.append(...data.map(renderResult));
    rendered += next.length;
    more.hidden = rendered >= shown.length;
  };

  const run = async (debounce = false) => {
    const current = ++generation;
    const term = input.value.trim();
    const filters = filterOption();
    if (term === '' && Object.keys(filters).length === 0) {
      list.replaceChildren();
      shown = [];
      more.hidden = true;
      status.textContent = '';
      renderFilters(await (await load()).filters());
      return;
    }
    const api = await load();
    const search = debounce ? await api.debouncedSearch(term || null, { filters }, 200) : await api.search(term || null, { filters });
    if (search === null || current !== generation) return;
    shown = search.results;
    rendered = 0;
    list.replaceChildren();
    status.textContent = shown.length === 0 ? 'No briefings found.' : `${shown.length} ${shown.length === 1 ? 'briefing' : 'briefings'}`;
    renderFilters(search.filters);
    await renderMore(current);
  };

  input.addEventListener('input', () => void run(true));
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener('click', () => void renderMore(generation));
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) input.value = query;
  void run();
}
