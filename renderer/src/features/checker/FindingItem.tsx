// One finding: what is wrong (click to go there), the Decree's citation, and "Sửa" when mechanical.
import type { Finding } from '../../../../core/check';
import { describePath } from '../../../../core/check/where';
import { t } from './strings';

export function FindingItem({ finding, onJump, onFix }: { finding: Finding; onJump: () => void; onFix: () => void }) {
  return (
    <li className={`vt-finding vt-finding-${finding.severity}`} data-rule={finding.rule} data-path={finding.path}>
      <button type="button" className="vt-finding-jump" title={t.jumpTitle} onClick={onJump}>
        <strong>{describePath(finding.path)}</strong>: {finding.message}
      </button>
      <div className="vt-finding-meta">
        <small>
          {t.cite}: {finding.cite}
        </small>
        {finding.fix !== undefined && (
          <button type="button" className="vt-finding-fix" title={t.fixTitle(finding.fix)} onClick={onFix}>
            {t.fix}
          </button>
        )}
      </div>
    </li>
  );
}
