// The review panel (issue 7), mounted lazily by the editor shell: review mode for a leader, the
// drafter's handling of suggestions and comments, and versions with side-by-side compare.
import { useState } from 'react';
import { authorFromProfile, authorLabel } from '../../../../core/review/actor';
import type { FeaturePanelProps } from '../types';
import { HandleView } from './HandleView';
import { ReviewMode } from './ReviewMode';
import { VersionsView } from './VersionsView';
import { rv } from './strings';
import { NoticeLine, useReviewAction } from './useReviewAction';
import './review.css';

type Tab = 'review' | 'handle' | 'versions';
const TABS: readonly Tab[] = ['review', 'handle', 'versions'];

export default function ReviewPanel(props: FeaturePanelProps) {
  const [tab, setTab] = useState<Tab>('review');
  const { run, notice, setNotice } = useReviewAction(props);
  const author = authorFromProfile(props.settings.reviewer);
  return (
    <section className="rv-panel" aria-label={rv.title} data-testid="review-panel">
      <h2>{rv.title}</h2>
      <p className={author.ok ? 'rv-hint' : 'rv-notice rv-notice-error'}>{author.ok ? rv.youAre(authorLabel(author.value)) : rv.profileMissing}</p>
      <div role="tablist" className="rv-tabs">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => { setTab(t); setNotice(null); }}>
            {rv.tabs[t]}
          </button>
        ))}
      </div>
      <NoticeLine notice={notice} />
      <div role="tabpanel" aria-label={rv.tabs[tab]}>
        {tab === 'review' && <ReviewMode letter={props.letter} pageSelection={props.pageSelection} run={run} />}
        {tab === 'handle' && <HandleView panel={props} run={run} notify={setNotice} />}
        {tab === 'versions' && <VersionsView letter={props.letter} run={run} />}
      </div>
    </section>
  );
}
