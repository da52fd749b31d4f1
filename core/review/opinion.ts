// The overall opinion of a leader on the draft, as in the e-office "Lấy ý kiến" step:
// Đồng ý / Không đồng ý / Ý kiến khác, with a text. Each new opinion is kept; the latest per person counts.
import { err, ok } from '../result';
import type { Result } from '../result';
import { missingCase } from '../result';
import type { Letter } from '../letter/types';
import { reviewOf, sameAuthor, withReview } from './actor';
import type { ReviewActor } from './actor';
import { OPINION_VERDICTS } from './schema';
import type { Opinion, OpinionVerdict, Review } from './schema';

export function verdictLabel(verdict: OpinionVerdict): string {
  switch (verdict) {
    case 'dong-y':
      return 'Đồng ý';
    case 'khong-dong-y':
      return 'Không đồng ý';
    case 'y-kien-khac':
      return 'Ý kiến khác';
    default:
      return missingCase(verdict);
  }
}

export const VERDICT_CHOICES = OPINION_VERDICTS.map((v) => ({ value: v, label: verdictLabel(v) }));

export function giveOpinion(letter: Letter, actor: ReviewActor, verdict: OpinionVerdict, text: string): Result<Letter, string> {
  const body = text.normalize('NFC').trim();
  if (verdict === 'y-kien-khac' && body === '') return err('Ý kiến khác: hãy ghi rõ nội dung ý kiến.');
  const review = reviewOf(letter);
  const opinion: Opinion = { author: actor.author, createdAt: actor.now, verdict, text: body };
  return ok(withReview(letter, { ...review, opinions: [...review.opinions, opinion] }));
}

/** The opinion that counts for each person: their latest, in the order people first gave one. */
export function currentOpinions(review: Review): Opinion[] {
  const out: Opinion[] = [];
  for (const o of review.opinions) {
    const i = out.findIndex((x) => sameAuthor(x.author, o.author));
    if (i < 0) out.push(o);
    else out[i] = o;
  }
  return out;
}
