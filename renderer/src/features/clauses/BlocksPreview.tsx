// A clause's blocks as the letter will show them: labels computed from level and position (1., a),
// -, +), titled clauses bold, and unfilled variables («tên biến») highlighted.
import type { ReactNode } from 'react';
import type { Block, Inline } from '../../../../core/letter';
import { missingCase } from '../../../../core/result';

const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function label(block: Block, n: number): string {
  if (block.kind === 'paragraph') return '';
  switch (block.level) {
    case 'section':
      return `${ROMAN[n] ?? n + 1}. `;
    case 'clause':
      return `${n + 1}. `;
    case 'point':
      return `${POINT_LETTERS[n] ?? '?'}) `;
    case 'dash':
      return '- ';
    case 'plus':
      return '+ ';
    default:
      return missingCase(block.level);
  }
}

/** Text with «…» markers wrapped so they stand out. */
export function Highlighted({ text }: { text: string }): ReactNode {
  const parts = text.split(/(«[^«»\n]{1,120}»)/);
  return parts.map((p, i) => (p.startsWith('«') && p.endsWith('»') ? <mark key={i} className="vt-clause-unfilled">{p}</mark> : p));
}

function Runs({ content }: { content: readonly Inline[] }) {
  return content.map((r, i) => {
    let node: ReactNode = <Highlighted text={r.text} />;
    if (r.bold) node = <strong>{node}</strong>;
    if (r.italic) node = <em>{node}</em>;
    if (r.underline) node = <u>{node}</u>;
    return <span key={i}>{node}</span>;
  });
}

export function BlocksPreview({ blocks }: { blocks: readonly Block[] }) {
  const counters = new Map<string, number>();
  return (
    <div className="vt-clause-blocks">
      {blocks.map((b, i) => {
        const key = b.kind === 'item' ? b.level : 'paragraph';
        const n = counters.get(key) ?? 0;
        counters.set(key, n + 1);
        return (
          <div key={i} className="vt-clause-block">
            <p style={{ margin: '2px 0', fontWeight: b.kind === 'item' && b.title ? 'bold' : undefined }}>
              {label(b, n)}
              <Runs content={b.content} />
            </p>
            {b.kind === 'item' && b.children.length > 0 && (
              <div style={{ marginLeft: 14 }}>
                <BlocksPreview blocks={b.children} />
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
