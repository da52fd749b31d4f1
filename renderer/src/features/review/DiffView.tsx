// Two versions side by side, part by part, deleted words struck through on the left and inserted
// words highlighted on the right.
import { useState } from 'react';
import { diffSummary } from '../../../../core/diff/letter-diff';
import type { DiffRow, SideCell } from '../../../../core/diff/letter-diff';
import { rv } from './strings';

function Cell({ cell }: { cell: SideCell | null }) {
  if (!cell) return <td className="rv-diff-empty" />;
  return (
    <td>
      {cell.segments.map((s, i) =>
        s.op === 'insert' ? <ins key={i}>{s.text}</ins> : s.op === 'delete' ? <del key={i}>{s.text}</del> : <span key={i}>{s.text}</span>,
      )}
    </td>
  );
}

export function DiffView({ rows, leftTitle, rightTitle }: { rows: readonly DiffRow[]; leftTitle: string; rightTitle: string }) {
  const [showSame, setShowSame] = useState(false);
  const sum = diffSummary(rows);
  const shown = showSame ? rows : rows.filter((r) => r.status !== 'same');
  return (
    <div className="rv-diff" data-testid="review-diff">
      <p role="status">{sum.changed + sum.added + sum.removed === 0 ? rv.versions.identical : rv.versions.summary(sum.changed, sum.added, sum.removed)}</p>
      <label className="rv-radio">
        <input type="checkbox" checked={showSame} onChange={(e) => setShowSame(e.target.checked)} />
        {rv.versions.showSame}
      </label>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{leftTitle}</th>
            <th scope="col">{rightTitle}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={`${r.label}-${i}`} className={`rv-row-${r.status}`} data-testid="review-diff-row" data-status={r.status}>
              <th scope="row">{r.label}</th>
              <Cell cell={r.left} />
              <Cell cell={r.right} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
