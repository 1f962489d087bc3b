/**
 * A Sätteri hast plugin that gives each top-level paragraph of a briefing the id `p-1`, `p-2`, …
 * in reading order: the anchors timeline events and search results link to.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** Number the top-level paragraphs of each document afresh. */
export const paragraphAnchors: HastPluginEntry = () => {
  let count = 0;
  return defineHastPlugin({
    name: 'dossier:paragraph-anchors',
    element: {
      filter: ['p'],
      visit(node, context) {
        if (context.parent(node)?.type !== 'root') return;
        count += 1;
        context.setProperty(node, 'id', `p-${count}`);
      },
    },
  });
};
