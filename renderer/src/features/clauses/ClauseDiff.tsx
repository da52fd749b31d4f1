// A word-level difference: removed words struck through, added words underlined.
import type { DiffOp } from '../../../../core/clauses';
import { missingCase } from '../../../../core/result';

export function ClauseDiff({ ops }: { ops: readonly DiffOp[] }) {
  return (
    <p className="vt-clause-diff">
      {ops.map((o, i) => {
        const text = `${o.text} `;
        switch (o.op) {
          case 'equal':
            return <span key={i}>{text}</span>;
          case 'insert':
            return <ins key={i} style={{ background: '#dcfce7' }}>{text}</ins>;
          case 'delete':
            return <del key={i} style={{ background: '#fee2e2' }}>{text}</del>;
          default:
            return missingCase(o.op);
        }
      })}
    </p>
  );
}
