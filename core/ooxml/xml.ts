// Tiny helpers over @xmldom/xmldom nodes for WordprocessingML: find children by local name and read
// w:val-style attributes without caring about namespace prefixes.
import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';
import { W_NS } from './package';

const ELEMENT_NODE = 1;

export function isElement(node: XmlNode | null | undefined): node is XmlElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Direct element children, optionally only those with the given local name. */
export function children(parent: XmlNode, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && (localName === undefined || n.localName === localName)) out.push(n);
  }
  return out;
}

export function child(parent: XmlNode, localName: string): XmlElement | null {
  return children(parent, localName)[0] ?? null;
}

/** All descendants with the given local name, in document order. */
export function descendants(parent: XmlNode, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlNode) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (isElement(n)) {
        if (n.localName === localName) out.push(n);
        walk(n);
      }
    }
  };
  walk(parent);
  return out;
}

/** A w:-namespaced attribute (w:val, w:w…), falling back to an unprefixed one. */
export function wAttr(el: XmlElement | null | undefined, name: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(W_NS, name) ?? el.getAttribute(`w:${name}`) ?? el.getAttribute(name) ?? null;
}

/** A boolean toggle property such as <w:b/>, <w:b w:val="0"/>, <w:i w:val="false"/>. */
export function toggle(props: XmlElement | null, localName: string): boolean | null {
  if (!props) return null;
  const el = child(props, localName);
  if (!el) return null;
  const val = wAttr(el, 'val');
  return !(val === '0' || val === 'false' || val === 'off');
}
