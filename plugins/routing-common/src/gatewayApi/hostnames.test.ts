import { effectiveHostnames, intersectHostname } from './hostnames';

describe('intersectHostname', () => {
  it.each([
    // [listener, route, effective]
    [undefined, 'a.example.com', 'a.example.com'],
    ['a.example.com', 'a.example.com', 'a.example.com'],
    ['*.example.com', 'a.example.com', 'a.example.com'],
    ['*.example.com', 'a.b.example.com', 'a.b.example.com'],
    ['*.example.com', 'example.com', undefined],
    ['*.example.com', 'a.example.org', undefined],
    ['a.example.com', '*.example.com', 'a.example.com'],
    ['example.com', '*.example.com', undefined],
    ['*.example.com', '*.a.example.com', '*.a.example.com'],
    ['*.a.example.com', '*.example.com', '*.a.example.com'],
    ['*.example.com', '*.example.com', '*.example.com'],
    ['b.example.com', 'a.example.com', undefined],
  ])('listener %s and route %s give %s', (listener, route, effective) => {
    expect(intersectHostname(listener, route)).toBe(effective);
  });
});

describe('effectiveHostnames', () => {
  it('gives a route without hostnames the listener hostname', () => {
    expect(effectiveHostnames('*.example.com', [])).toEqual(['*.example.com']);
  });

  it('gives any hostname when neither side restricts it', () => {
    expect(effectiveHostnames(undefined, [])).toEqual(['*']);
  });

  it('keeps only the route hostnames the listener accepts', () => {
    expect(
      effectiveHostnames('*.example.com', ['a.example.com', 'b.example.org']),
    ).toEqual(['a.example.com']);
  });
});
