import { createValuePool } from './valuePool';

describe('createValuePool', () => {
  it('hands out the instance it saw for an equal value, frozen', () => {
    const pool = createValuePool();
    const first = pool.share({ parents: [{ name: 'public', port: 443 }] });
    const second = pool.share({ parents: [{ name: 'public', port: 443 }] });
    expect(second).toBe(first);
    expect(Object.isFrozen(first.parents[0])).toBe(true);
  });

  it('keeps values that differ anywhere apart, including by a missing key', () => {
    const pool = createValuePool();
    const a = pool.share({ name: 'a', labels: { x: '1' } });
    expect(pool.share({ name: 'a', labels: { x: '2' } })).not.toBe(a);
    expect(pool.share({ name: 'a', labels: { x: '1', y: '1' } })).not.toBe(a);
    expect(pool.share({ name: 'a', labels: [] })).not.toBe(a);
    expect(pool.share({ name: 'a', labels: { x: '1' } })).toBe(a);
  });

  it('only compares with the last values it shared', () => {
    const pool = createValuePool(2);
    const one = pool.share({ n: 1 });
    pool.share({ n: 2 });
    pool.share({ n: 3 });
    const again = pool.share({ n: 1 });
    expect(again).not.toBe(one);
    expect(again).toEqual(one);
  });

  it('shares a whole made of shared parts by its parts, without comparing inside them', () => {
    const conditions = createValuePool();
    const statuses = createValuePool();
    const accepted = conditions.share({ type: 'Accepted', status: 'True' });
    const first = statuses.share({ parents: [accepted] });
    expect(
      statuses.share({
        parents: [conditions.share({ type: 'Accepted', status: 'True' })],
      }),
    ).toBe(first);
    // An equal part that is another shared instance (one the parts' pool no longer held)
    // makes a different whole: a lost chance to share, never a wrong answer.
    const other = Object.freeze({ type: 'Accepted', status: 'True' });
    expect(statuses.share({ parents: [other] })).not.toBe(first);
  });
});
