// The author of review actions from the local profile (Settings.reviewer), with the time of each action.
import { authorFromProfile } from '../../../../core/review/actor';
import type { ReviewActor } from '../../../../core/review/actor';
import type { Result } from '../../../../core/result';
import type { Settings } from '../../../../core/platform/contract';

export function actorNow(settings: Settings): Result<ReviewActor, string> {
  const author = authorFromProfile(settings.reviewer);
  return author.ok ? { ok: true, value: { author: author.value, now: new Date().toISOString() } } : author;
}

/** "05/03/2024 08:00" in Vietnamese order; the raw value if it is not a date. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
