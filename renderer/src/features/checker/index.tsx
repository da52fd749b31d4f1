// The checker panel (issue 6): the Decree 30 findings of the open letter, grouped by severity and
// updated as the clerk types; a click goes to the place, "Sửa" applies one mechanical fix and
// "Sửa tất cả" all of them as one undo step; the phiếu kiểm tra is saved as a DOCX.
import { useState } from 'react';
import { applyAllFixes, applyFix, buildCheckReport } from '../../../../core/check';
import type { Severity } from '../../../../core/check';
import type { FeaturePanelProps } from '../types';
import { FindingItem } from './FindingItem';
import { calendarDate, findingKey, groupBySeverity } from './findings';
import { t } from './strings';
import { useFindings } from './useFindings';

export { errorsBeforeExport } from './findings';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export default function CheckerPanel(props: FeaturePanelProps) {
  const { letter } = props;
  const [issue, setIssue] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const today = calendarDate(new Date());
  const stage = issue ? 'issue' : 'draft';
  const { findings, stale } = useFindings(letter, { today, stage });
  const groups = groupBySeverity(findings);
  const fixable = findings.filter((f) => f.fix !== undefined);

  const fixAll = () => {
    const { letter: next, applied } = applyAllFixes(letter, { today, stage });
    if (applied.length > 0) props.updateLetter(next, t.fixAllLabel(applied.length));
  };

  const saveReport = async () => {
    setSaving(true);
    setStatus(null);
    try {
      const bytes = await buildCheckReport({ findings, source: letter.subject ? `V/v ${letter.subject}` : t.untitled, checkedOn: today, letter });
      const saved = await props.platform.saveExport({ suggestedName: t.reportName, bytes, kind: 'docx' });
      if (!saved.ok) setStatus(t.reportFailed(saved.error));
      else if (saved.value) setStatus(t.reportSaved(saved.value.path));
    } catch (e) {
      setStatus(t.reportFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="vt-checker-panel" aria-label={t.heading} aria-busy={stale} style={{ padding: 8 }}>
      <h2 style={{ fontSize: '1rem', margin: '0 0 4px' }}>{t.heading}</h2>
      <p className="vt-checker-count" role="status">
        {findings.length === 0 ? t.clean : t.count(groups.error.length, groups.warning.length, groups.info.length)}
        {stale ? ` · ${t.checking}` : ''}
      </p>
      <label style={{ display: 'block', margin: '4px 0' }}>
        <input type="checkbox" checked={issue} onChange={(e) => setIssue(e.currentTarget.checked)} /> {t.issueStage}
      </label>
      <div className="vt-checker-actions" style={{ display: 'flex', gap: 8, margin: '4px 0 8px' }}>
        <button type="button" disabled={fixable.length === 0} title={t.fixAllTitle} onClick={fixAll}>
          {t.fixAll(fixable.length)}
        </button>
        <button type="button" disabled={saving} onClick={() => void saveReport()}>
          {saving ? t.savingReport : t.saveReport}
        </button>
      </div>
      {status !== null && <p role="alert">{status}</p>}
      {ORDER.filter((s) => groups[s].length > 0).map((severity) => (
        <div key={severity} className={`vt-checker-group vt-checker-${severity}`}>
          <h3 style={{ fontSize: '0.95rem', margin: '8px 0 4px' }}>
            {t.severity[severity]} ({groups[severity].length})
          </h3>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {groups[severity].map((f, i) => (
              <FindingItem
                key={findingKey(f, i)}
                finding={f}
                onJump={() => props.jumpTo(f.path)}
                onFix={() => {
                  const next = applyFix(letter, f);
                  if (next !== letter) props.updateLetter(next, t.fixLabel(f.fix ?? f.rule));
                }}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
