// In-place fields of the page. Each has a visible caption bound with <label for>, so screen readers
// and Playwright's getByLabel find it. Text is stored NFC, except mid-composition (normalising while an
// input method composes would move the caret and break Telex/VNI); compositionend stores it NFC.
import { useId, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';

interface FieldShellProps {
  label: string;
  className?: string;
  id: string;
  children: React.ReactNode;
}

function FieldShell({ label, className, id, children }: FieldShellProps) {
  return (
    <span className={`vt-field ${className ?? ''}`}>
      <label htmlFor={id} className="vt-caption">
        {label}
      </label>
      {children}
    </span>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  className?: string;
  /** Several lines allowed ("\n" kept): agency names, signature titles. */
  multiline?: boolean;
  /** Long text that wraps inside its column but has no line breaks of its own (V/v). */
  wrap?: boolean;
  /** Enter in a single-line field (e.g. add the next list entry). */
  onEnter?(): void;
  testId?: string;
}

export function TextField({ label, value, onChange, placeholder, className, multiline, wrap, onEnter, testId }: TextFieldProps) {
  const id = useId();
  const composing = useRef(false);
  const change = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const raw = e.target.value;
    onChange(composing.current ? raw : raw.normalize('NFC'));
  };
  const common = {
    id,
    value,
    placeholder,
    onChange: change,
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: React.CompositionEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      composing.current = false;
      onChange(e.currentTarget.value.normalize('NFC'));
    },
    spellCheck: false,
    'data-testid': testId,
  };
  const keyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !multiline && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onEnter?.();
    }
  };
  return (
    <FieldShell label={label} className={className} id={id}>
      {multiline || wrap ? <textarea rows={1} {...common} onKeyDown={keyDown} /> : <input type="text" {...common} onKeyDown={keyDown} />}
    </FieldShell>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  min: number;
  max: number;
  /** Shown while the value is pending (null). */
  placeholder?: string;
  /** Whether null (pending) is allowed; otherwise an empty field reverts on blur. */
  nullable?: boolean;
  className?: string;
  digits?: number;
  /** How the stored value is shown when not being edited (padding: "05", "tháng 01"). */
  format?(value: number): string;
}

/** Digits only. A value is stored once valid; while typing ("2" on the way to "2024") the draft is local. */
export function NumberField({ label, value, onChange, min, max, placeholder, nullable = true, className, digits, format }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? '' : format ? format(value) : String(value));
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value.replace(/\D/g, '').slice(0, digits ?? 6);
    setDraft(text);
    if (text === '') {
      if (nullable) onChange(null);
      return;
    }
    const n = Number(text);
    if (n >= min && n <= max && n !== value) onChange(n);
  };
  return (
    <FieldShell label={label} className={className} id={id}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={shown}
        placeholder={placeholder}
        onChange={change}
        onFocus={() => setDraft(value === null ? '' : String(value))}
        onBlur={() => setDraft(null)}
        spellCheck={false}
      />
    </FieldShell>
  );
}

export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T | null;
  options: readonly T[];
  noneLabel: string;
  onChange(value: T | null): void;
  className?: string;
}

export function ChoiceField<T extends string>({ label, value, options, noneLabel, onChange, className }: ChoiceFieldProps<T>) {
  const id = useId();
  return (
    <FieldShell label={label} className={className} id={id}>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as T))}>
        <option value="">{noneLabel}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
