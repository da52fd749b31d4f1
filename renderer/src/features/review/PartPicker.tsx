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
  return { part, target, choose, setRange };
}

interface Props {
  parts: readonly LetterPart[];
  picker: ReturnType<typeof usePartTarget>;
}

export function PartPicker({ parts, picker }: Props) {
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
      <label htmlFor={textId}>{rv.partText}</label>
      <textarea id={textId} readOnly value={part?.text ?? ''} rows={4} onSelect={track} onKeyUp={track} onMouseUp={track} data-testid="review-part-text" />
      <p className="rv-hint" data-testid="review-selection">
        {target && target.end > target.start ? rv.selected(part!.text.slice(target.start, target.end)) : target && target.start > 0 ? rv.caretAt(target.start) : rv.wholePart}
      </p>
    </div>
  );
}
