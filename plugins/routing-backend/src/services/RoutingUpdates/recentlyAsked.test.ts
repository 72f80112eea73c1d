import { createRecentlyAsked } from './recentlyAsked';

function memory(max: number) {
  let time = 0;
  const recent = createRecentlyAsked<number>({
    ttlMs: 100,
    max,
    now: () => time,
  });
  return { recent, at: (t: number) => (time = t) };
}

describe('createRecentlyAsked', () => {
  it('keeps the value the update gives from the kept one', () => {
    const { recent } = memory(10);
    recent.asked('a', kept => (kept ?? 0) + 1);
    recent.asked('a', kept => (kept ?? 0) + 1);
    expect(recent.current()).toEqual([['a', 2]]);
  });

  it('drops the least recently asked key beyond the bound, not the first one kept', () => {
    const { recent } = memory(2);
    recent.asked('a', () => 1);
    recent.asked('b', () => 2);
    recent.asked('a', kept => kept!);
    recent.asked('c', () => 3);
    expect(recent.current()).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
  });

  it('forgets keys not asked for within the time to live', () => {
    const { recent, at } = memory(10);
    recent.asked('a', () => 1);
    at(60);
    recent.asked('b', () => 2);
    at(101);
    expect(recent.current()).toEqual([['b', 2]]);
    at(161);
    expect(recent.current()).toEqual([]);
  });
});
