// A plain body paragraph (introduction, closing sentence, or a continuation paragraph inside an
// item, which its depth says). It replaces Lexical's ParagraphNode everywhere, so paragraphs created
// by Lexical itself (Enter, paste, an emptied editor) are ours too.
import { $applyNodeReplacement, $getState, $setState, ParagraphNode } from 'lexical';
import type { EditorConfig, LexicalNode, RangeSelection } from 'lexical';
import { blockStateConfigs, depthState } from './state';

export class BodyParagraphNode extends ParagraphNode {
  override $config() {
    return this.config('vt-paragraph', { extends: ParagraphNode, stateConfigs: [...blockStateConfigs] });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('vt-block', 'vt-para');
    dom.dataset.depth = String($getState(this, depthState));
    return dom;
  }

  override updateDOM(prevNode: ParagraphNode, dom: HTMLElement, config: EditorConfig): boolean {
    dom.dataset.depth = String($getState(this, depthState));
    return super.updateDOM(prevNode, dom, config);
  }

  /** Enter in a paragraph continues at the same depth (a continuation paragraph stays in its item). */
  override insertNewAfter(selection: RangeSelection, restoreSelection?: boolean): ParagraphNode {
    const next = $createBodyParagraphNode($getState(this, depthState));
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createBodyParagraphNode(depth = 0): BodyParagraphNode {
  const node = $applyNodeReplacement(new BodyParagraphNode());
  return depth === 0 ? node : $setState(node, depthState, depth);
}

export function $isBodyParagraphNode(node: LexicalNode | null | undefined): node is BodyParagraphNode {
  return node instanceof BodyParagraphNode;
}

/** Registers our paragraph in place of Lexical's. */
export const paragraphReplacement = {
  replace: ParagraphNode,
  with: () => new BodyParagraphNode(),
  withKlass: BodyParagraphNode,
};
