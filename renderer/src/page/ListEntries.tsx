// An editable list of single-line entries (Kính gửi recipients, Nơi nhận entries): add, remove,
// reorder. The punctuation around each entry ("- ", ";", ".") is drawn by the caller from core/format,
// never typed, so it is always right. Controls are screen-only (hidden in print).
import { vi } from '../i18n/vi';
import { TextField } from './fields';

export interface ListEntriesProps {
  entries: readonly string[];
  onChange(entries: string[], mergeKey?: string): void;
  /** Caption of entry i (1-based), e.g. "Nơi gửi 2". */
  labelOf(n: number): string;
  /** Text drawn before / after entry i (e.g. "- " and ";"). */
  decorate(i: number, count: number): { before: string; after: string };
  placeholder: string;
  addLabel: string;
  className?: string;
  /** Renders something before the first entry on the same line (e.g. "Kính gửi: "). */
  lead?: (i: number) => React.ReactNode;
  /** Key prefix for merging typing into one undo step per entry. */
  mergePrefix: string;
}

export function ListEntries({ entries, onChange, labelOf, decorate, placeholder, addLabel, className, lead, mergePrefix }: ListEntriesProps) {
  const set = (i: number, value: string) => onChange(entries.map((e, j) => (j === i ? value : e)), `${mergePrefix}.${i}`);
  const add = (at: number) => onChange([...entries.slice(0, at), '', ...entries.slice(at)]);
  const remove = (i: number) => onChange(entries.filter((_, j) => j !== i));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= entries.length) return;
    const next = [...entries];
    [next[i], next[j]] = [next[j] as string, next[i] as string];
    onChange(next);
  };
  return (
    <div className={`vt-list ${className ?? ''}`}>
      {entries.map((entry, i) => {
        const { before, after } = decorate(i, entries.length);
        return (
          <div className="vt-list-row" key={i}>
            {lead?.(i)}
            <span className="vt-auto">{before}</span>
            <TextField label={labelOf(i + 1)} value={entry} placeholder={placeholder} onChange={(v) => set(i, v)} onEnter={() => add(i + 1)} wrap className="vt-list-entry" />
            <span className="vt-auto">{after}</span>
            <span className="vt-list-tools no-print">
              <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`${vi.list.moveUp}: ${labelOf(i + 1)}`} title={vi.list.moveUp}>
                ↑
              </button>
              <button type="button" onClick={() => move(i, 1)} disabled={i === entries.length - 1} aria-label={`${vi.list.moveDown}: ${labelOf(i + 1)}`} title={vi.list.moveDown}>
                ↓
              </button>
              <button type="button" onClick={() => remove(i)} aria-label={`${vi.list.remove}: ${labelOf(i + 1)}`} title={vi.list.remove}>
                ×
              </button>
            </span>
          </div>
        );
      })}
      <button type="button" className="vt-add no-print" onClick={() => add(entries.length)}>
        {addLabel}
      </button>
    </div>
  );
}
