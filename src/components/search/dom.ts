/** Node data (./view.ts) → DOM nodes, and the page's required elements. The only DOM code besides the glue. */
import type { NodeData } from './view.ts';

export function toNode(data: NodeData): Node {
  if (typeof data === 'string') return document.createTextNode(data);
  const element = document.createElement(data.tag);
  for (const [name, value] of Object.entries(data.attrs)) element.setAttribute(name, value === true ? '' : value);
  for (const child of data.children) element.append(toNode(child));
  return element;
}

export function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
}
