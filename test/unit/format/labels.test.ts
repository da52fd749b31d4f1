import { describe, expect, it } from 'vitest';
import { flattenLabeled, itemLabel, labelBlocks, labelOf, pointLetter, toRoman } from '../../../core/format';
import { item, para } from '../../../core/letter';
import type { Block } from '../../../core/letter';

const labels = (blocks: Block[]) => flattenLabeled(labelBlocks(blocks)).map((n) => n.label);

describe('point letters follow the Vietnamese alphabet (§4.7)', () => {
  it('a b c d đ e g h i k l m n o p q r s t u v x y — no f, j, w, z', () => {
    const letters = Array.from({ length: 23 }, (_, i) => pointLetter(i)).join(' ');
    expect(letters).toBe('a b c d đ e g h i k l m n o p q r s t u v x y');
    expect(letters).not.toMatch(/[fjwz]/);
  });

  it('continues past "y" without repeating a label', () => {
    const seen = new Set(Array.from({ length: 600 }, (_, i) => pointLetter(i)));
    expect(seen.size).toBe(600);
    expect(pointLetter(23)).toBe('aa');
  });

  it.each([
    ['section', 0, 'I.'],
    ['section', 3, 'IV.'],
    ['section', 8, 'IX.'],
    ['section', 13, 'XIV.'],
    ['clause', 0, '1.'],
    ['clause', 39, '40.'],
    ['point', 4, 'đ)'],
    ['point', 5, 'e)'],
    ['point', 6, 'g)'],
    ['point', 9, 'k)'],
    ['dash', 7, '-'],
    ['plus', 2, '+'],
  ] as const)('itemLabel(%s, %i) → %s', (level, index, expected) => expect(itemLabel(level, index)).toBe(expected));

  it('toRoman', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 40, 49, 90, 1999].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XL', 'XLIX', 'XC', 'MCMXCIX']);
  });
});

describe('labelBlocks', () => {
  it('seed 000: 1. a) b) c) d) / 2. a) b), restarting under each parent; paragraphs unlabeled', () => {
    const body = [
      para('intro'),
      item('clause', 'one', [item('point', 'a'), item('point', 'b'), item('point', 'c'), item('point', 'd')]),
      item('clause', 'two', [item('point', 'a'), item('point', 'b')], true),
    ];
    expect(labels(body)).toEqual([null, '1.', 'a)', 'b)', 'c)', 'd)', '2.', 'a)', 'b)']);
  });

  it('seed 001: "1." followed directly by "-" items', () => {
    const body = [item('clause', 'x', [item('dash', 'p'), item('dash', 'q')]), item('clause', 'y', [item('dash', 'r')])];
    expect(labels(body)).toEqual(['1.', '-', '-', '2.', '-']);
  });

  it('a paragraph between clauses does not restart the count', () => {
    expect(labels([item('clause', 'a'), para('continuation'), item('clause', 'b')])).toEqual(['1.', null, '2.']);
  });

  it('a higher-ranked item restarts the counters below it in a flat list', () => {
    const body = [item('section', 'A'), item('clause', 'a'), item('clause', 'b'), item('section', 'B'), item('clause', 'c'), item('point', 'p'), item('clause', 'd'), item('point', 'q')];
    expect(labels(body)).toEqual(['I.', '1.', '2.', 'II.', '1.', 'a)', '2.', 'a)']);
  });

  it('sections with nested clauses, points, dashes and pluses', () => {
    const body = [
      item('section', 'S1', [item('clause', 'c1', [item('point', 'p1', [item('dash', 'd1', [item('plus', 'x'), item('plus', 'y')])])]), item('clause', 'c2')]),
      item('section', 'S2', [item('clause', 'c3')]),
    ];
    expect(labels(body)).toEqual(['I.', '1.', 'a)', '-', '+', '+', '2.', 'II.', '1.']);
    expect(flattenLabeled(labelBlocks(body)).map((n) => n.depth)).toEqual([0, 1, 2, 3, 4, 4, 1, 0, 1]);
  });

  it('40 clauses number 1. to 40.; eleven points reach k)', () => {
    expect(labels(Array.from({ length: 40 }, (_, i) => item('clause', `t${i}`))).at(-1)).toBe('40.');
    expect(labels(Array.from({ length: 11 }, () => item('point', 'p')))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)', 'k)', 'l)']);
  });

  it('labelOf finds one item by identity', () => {
    const target = item('point', 'b');
    const body = [item('clause', 'x', [item('point', 'a'), target])];
    expect(labelOf(body, target)).toBe('b)');
    expect(labelOf(body, item('point', 'elsewhere'))).toBeNull();
  });
});
