/**
 * Work over the whole set of briefings done once per build: every route that needs an index
 * asks for it, and they all get the first one built.
 */

/**
 * Wrap a function of a list so it runs again only when the list holds other items. Astro's
 * content collection hands every route the same entry objects for as long as the content is
 * unchanged, so each route of a build gets the one result, and a dev server that reloads a
 * changed file gets a fresh one. Checking the items costs one comparison each.
 *
 * @example const index = reuseForSameItems(buildIndex); index(briefings) === index([...briefings]) // true
 */
export function reuseForSameItems<Item, Result>(build: (items: readonly Item[]) => Result): (items: readonly Item[]) => Result {
  let last: { items: readonly Item[]; result: Result } | undefined;
  return (items) => {
    if (last !== undefined && last.items.length === items.length && last.items.every((item, index) => item === items[index])) return last.result;
    const result = build(items);
    last = { items: [...items], result };
    return result;
  };
}
