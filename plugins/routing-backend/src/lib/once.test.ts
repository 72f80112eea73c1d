import { once } from './once';

describe('once', () => {
  it('makes the value on first use only, and keeps an undefined one too', () => {
    const make = jest.fn(() => undefined);
    const value = once(make);
    expect(make).not.toHaveBeenCalled();
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(make).toHaveBeenCalledTimes(1);
  });
});
