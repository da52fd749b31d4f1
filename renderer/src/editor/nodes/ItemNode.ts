// A numbered item of the body: section / clause / point / dash / plus, optionally a titled clause.
// Its label ("2.", "đ)", "-") is never stored: LabelsPlugin computes it from the whole body and shows
// it through the data-label attribute (CSS ::before), exactly as the DOCX writer numbers it.
import { $applyNodeReplacement, $getState, $setState, ElementNode } from 'lexical';
import type { EditorConfig, LexicalNode, RangeSelection } from 'lexical';
import type { ItemLevel } from '../../../../core/letter/types';
import { $createBodyParagraphNode } from './BodyParagraphNode';
import { blockStateConfigs, clauseState, depthState, levelState, titleState } from './state';

export class ItemNode extends ElementNode {
  override $config() {
    return this.config('vt-item', {
      extends: ElementNode,
      stateConfigs: [...blockStateConfigs, { stateConfig: levelState, flat: true }, { stateConfig: titleState, flat: true }],
    });
  }

  getLevel(): ItemLevel {
    return $getState(this, levelState);
  }
  isTitle(): boolean {
    return $getState(this, titleState);
  }
  getDepth(): number {
    return $getState(this, depthState);
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('p');
    dom.classList.add('vt-block', 'vt-item');
    this.paint(dom);
    return dom;
  }

  override updateDOM(_prevNode: ItemNode, dom: HTMLElement): boolean {
    this.paint(dom);
    return false;
  }

  private paint(dom: HTMLElement): void {
    dom.dataset.level = this.getLevel();
    dom.dataset.depth = String(this.getDepth());
    dom.classList.toggle('vt-item--title', this.isTitle());
  }

  /** Enter continues the list: a new item of the same level (a titled clause's follower is untitled). */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ItemNode {
    const next = $createItemNode(this.getLevel(), this.getDepth());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  /** Backspace at the start lifts the item into a plain paragraph, keeping its text and place. */
  override collapseAtStart(_selection: RangeSelection): boolean {
    const paragraph = $createBodyParagraphNode(this.getDepth());
    paragraph.append(...this.getChildren());
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }

  override canBeEmpty(): boolean {
    return true;
  }
  override isInline(): false {
    return false;
  }
  override isShadowRoot(): boolean {
    return false;
  }
}

export function $createItemNode(level: ItemLevel, depth = 0, title = false): ItemNode {
  const node = $applyNodeReplacement(new ItemNode());
  $setState(node, levelState, level);
  $setState(node, depthState, depth);
  if (title) $setState(node, titleState, true);
  return node;
}

export function $isItemNode(node: LexicalNode | null | undefined): node is ItemNode {
  return node instanceof ItemNode;
}

export { clauseState };
