// Picks where a comment or suggestion goes: a letter part, and a range of its text selected in a
// read-only copy (the textarea's selectionStart/End are exactly the part's plain-text offsets).
import { useId, useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { LetterPart } from '../../../../core/review/parts';
import { rv } from './strings';

export interface Target {
  path: string;
  start: number;
  end: number;
}

const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text || '(trống)');

export function usePartTarget(parts: readonly LetterPart[]) {
  const [path, setPath] = useState<string>(() => parts.find((p) => p.path === 'subject')?.path ?? parts[0]?.path ?? '');
  const [range, setRange] = useState({ start: 0, end: 0 });
  const part = parts.find((p) => p.path === path) ?? parts[0] ?? null;
  const target: Target | null = part ? { path: part.path, start: Math.min(range.start, part.text.length), end: Math.min(range.end, part.text.length) } : null;
  const choose = (next: string) => {
    setPath(next);
    setRange({ start: 0, end: 0 });
  };
  /** Takes a selection made on the page; false when it names no part of this letter. */
  const adopt = (selection: Target): boolean => {
    if (!parts.some((p) => p.path === selection.path)) return false;
    setPath(selection.path);
    setRange({ start: selection.start, end: selection.end });
    return true;
  };
  return { part, target, choose, setRange, adopt };
}

interface Props {
  parts: readonly LetterPart[];
  picker: ReturnType<typeof usePartTarget>;
  /** The last text selected on the page (FeaturePanelProps.pageSelection). */
  pageSelection(): Target | null;
}

export function PartPicker({ parts, picker, pageSelection }: Props) {
  const [notice, setNotice] = useState<string | null>(null);
  const fromPage = () => {
    const selection = pageSelection();
    setNotice(selection && picker.adopt(selection) ? null : rv.noPageSelection);
  };
  const selectId = useId();
  const textId = useId();
  const { part, target } = picker;
  const track = (e: SyntheticEvent<HTMLTextAreaElement>) => picker.setRange({ start: e.currentTarget.selectionStart, end: e.currentTarget.selectionEnd });
  return (
    <div className="rv-picker">
      <label htmlFor={selectId}>{rv.part}</label>
      <select id={selectId} value={part?.path ?? ''} onChange={(e) => picker.choose(e.target.value)} data-testid="review-part">
        {parts.map((p) => (
          <option key={p.path} value={p.path}>
            {p.label}: {preview(p.text)}
          </option>
        ))}
      </select>
      <p className="rv-hint">{rv.selectHint}</p>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={fromPage}>
        {rv.usePageSelection}
      </button>
      {notice && <p className="rv-hint" role="status">{notice}</p>}
      <label htmlFor={textId}>{rv.partText}</label>
      <textarea id={textId} readOnly value={part?.text ?? ''} rows={4} onSelect={track} onKeyUp={track} onMouseUp={track} data-testid="review-part-text" />
      <p className="rv-hint" data-testid="review-selection">
        {target && target.end > target.start ? rv.selected(part!.text.slice(target.start, target.end)) : target && target.start > 0 ? rv.caretAt(target.start) : rv.wholePart}
      </p>
    </div>
  );
}
