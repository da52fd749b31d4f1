// Feature panels (checker, clause library, review) are built by other teams in src/features/*. The
// shell mounts them through this registry: each is lazy-loaded, so the editor starts fast and still
// builds when a panel's folder is not there yet (the glob simply finds nothing).
import { Component, lazy, Suspense } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { FeaturePanelProps } from '../features/types';
import { vi } from '../i18n/vi';

export const PANEL_IDS = ['checker', 'clauses', 'review', 'import-notes'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

type PanelModule = { default: ComponentType<FeaturePanelProps> };

// Vite resolves the glob at build time: present folders become lazy chunks, absent ones are skipped.
const modules = import.meta.glob<PanelModule>('../features/*/index.tsx');

export const PANEL_TITLES: Record<PanelId, string> = { checker: vi.panels.checker, clauses: vi.panels.clauses, review: vi.panels.review, 'import-notes': vi.panels['import-notes'] };

const loaded = new Map<PanelId, ComponentType<FeaturePanelProps>>();

/** The panel's component, or null when that feature is not in this build. */
export function panelComponent(id: PanelId): ComponentType<FeaturePanelProps> | null {
  const load = modules[`../features/${id}/index.tsx`];
  if (!load) return null;
  let c = loaded.get(id);
  if (!c) {
    c = lazy(load);
    loaded.set(id, c);
  }
  return c;
}

export function availablePanels(): PanelId[] {
  return PANEL_IDS.filter((id) => modules[`../features/${id}/index.tsx`] !== undefined);
}

/** A panel that throws must not take the letter down with it. */
class PanelBoundary extends Component<{ name: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    console.error('[panel]', error);
  }
  override render(): ReactNode {
    return this.state.failed ? <p role="alert">{vi.messages.panelFailed(this.props.name)}</p> : this.props.children;
  }
}

export function PanelHost({ id, props }: { id: PanelId; props: FeaturePanelProps }) {
  const Panel = panelComponent(id);
  if (!Panel) return null;
  return (
    <PanelBoundary name={PANEL_TITLES[id]}>
      <Suspense fallback={<p>{vi.panels.loading}</p>}>
        <Panel {...props} />
      </Suspense>
    </PanelBoundary>
  );
}
