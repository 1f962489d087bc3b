/**
 * A Sätteri hast plugin that gives each top-level paragraph of a briefing, and each item of a
 * top-level list, the id `p-1`, `p-2`, … in reading order: the anchors timeline events and
 * search results link to. They match the `id`s of the briefing's body paragraphs, where a list
 * item is a paragraph of its own.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** Number the top-level paragraphs and list items of each document afresh. */
export const paragraphAnchors: HastPluginEntry = () => {
  let count = 0;
  return defineHastPlugin({
    name: 'dossier:paragraph-anchors',
    element: {
      filter: ['p', 'li'],
      visit(node, context) {
        const parent = context.parent(node);
        const anchored =
          node.tagName === 'p'
            ? parent?.type === 'root'
            : parent?.type === 'element' && (parent.tagName === 'ul' || parent.tagName === 'ol') && context.parent(parent)?.type === 'root';
        if (!anchored) return;
        count += 1;
        context.setProperty(node, 'id', `p-${count}`);
      },
    },
  });
};
