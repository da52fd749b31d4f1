// The page is the editor: A4 sheets at true scale (CSS mm), zoomed with a transform so layout is
// always computed at 100 %, with the letter's parts edited in place and page numbers from page 2.
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EditorState, LexicalEditor } from 'lexical';
import type { Letter } from '../../../core/letter/types';
import type { ProfileName } from '../../../core/layout';
import type { DocumentStore } from '../app/document-store';
import { BodyEditor } from '../editor/BodyEditor';
import { vi } from '../i18n/vi';
import { FooterBlock } from './FooterBlock';
import { metricsOf, pageVars, profileOf } from './geometry';
import { HeaderBlock } from './HeaderBlock';
import { paginate } from './paginate';
import { Recipients } from './Recipients';
import type { EditLetter } from './types';

export type Zoom = number | 'fit';
export const ZOOM_MIN = 0.5;
export const ZOOM_MAX = 2;

export interface PageProps {
  letter: Letter;
  store: DocumentStore<EditorState>;
  edit: EditLetter;
  zoom: Zoom;
  profile: ProfileName;
  onEditor(editor: LexicalEditor | null): void;
  onPages?(pages: number, scale: number): void;
}

export const Page = memo(function Page({ letter, store, edit, zoom, profile, onEditor, onPages }: PageProps) {
  const p = profileOf(profile);
  // Stable per profile: the observers below are set up once, not on every keystroke's render.
  const m = useMemo(() => metricsOf(p), [p]);
  const vars = useMemo(() => pageVars(p), [p]);
  const viewport = useRef<HTMLDivElement>(null);
  const column = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(1);
  const [fitScale, setFitScale] = useState(1);
  const bodyLabelId = useId();
  const scale = zoom === 'fit' ? fitScale : zoom;

  // Fit width follows the window.
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return undefined;
    const fit = () => setFitScale(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, (el.clientWidth - 48) / m.pageWidthPx)));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, [m.pageWidthPx]);

  // Page breaks follow the column's height (see paginate.ts).
  const repaginate = useCallback(() => {
    if (column.current) setPages(paginate(column.current, m));
  }, [m]);
  useLayoutEffect(() => {
    const el = column.current;
    if (!el) return undefined;
    repaginate();
    const ro = new ResizeObserver(repaginate);
    ro.observe(el);
    return () => ro.disconnect();
  }, [repaginate]);

  useEffect(() => onPages?.(pages, scale), [pages, scale, onPages]);

  const hasRecipients = letter.recipients.some((r) => r.trim() !== '');
  const stackHeight = pages * m.stridePx;
  return (
    <div className="vt-viewport" ref={viewport} data-testid="viewport">
      <div className="vt-zoomframe" style={{ width: m.pageWidthPx * scale, height: stackHeight * scale }}>
        <div className="vt-sheets" style={{ ...vars, transform: `scale(${scale})`, height: stackHeight }} data-pages={pages} data-testid="page">
          {Array.from({ length: pages }, (_, k) => (
            <div key={k} className="vt-sheet" style={{ top: k * m.stridePx }} aria-hidden="true">
              {k > 0 && <div className="vt-pagenum">{k + 1}</div>}
            </div>
          ))}
          <div className="vt-column" ref={column}>
            <HeaderBlock agency={letter.agency} number={letter.number} symbol={letter.symbol} place={letter.place} date={letter.date} subject={letter.subject} urgency={letter.urgency} secrecy={letter.secrecy} edit={edit} profile={p} />
            <Recipients recipients={letter.recipients} edit={edit} />
            <div className="vt-bodywrap" data-flow="body">
              <span id={bodyLabelId} className="vt-caption vt-caption--body">
                {vi.fields.body}
              </span>
              <BodyEditor store={store} labelId={bodyLabelId} onEditor={onEditor} />
            </div>
            <FooterBlock hasRecipients={hasRecipients} distribution={letter.distribution} archive={letter.archive} drafter={letter.drafter} signature={letter.signature} edit={edit} />
          </div>
        </div>
      </div>
    </div>
  );
});
