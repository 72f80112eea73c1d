import {
  MalformedVirtualServiceConversionRequestError,
  parseVirtualServiceConversionRequest,
} from './parseVirtualServiceConversionRequest';

const request = {
  entityRef: 'component:default/storefront',
  cluster: 'demo',
  namespace: 'shop',
  virtualServices: ['storefront-catalog-grpc'],
};

function problemsOf(value: unknown): string[] {
  try {
    parseVirtualServiceConversionRequest(value);
  } catch (error) {
    if (error instanceof MalformedVirtualServiceConversionRequestError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('parseVirtualServiceConversionRequest', () => {
  it('reads a well-formed request as it is, and one naming only the entity', () => {
    expect(parseVirtualServiceConversionRequest(request)).toEqual(request);
    expect(
      parseVirtualServiceConversionRequest({ entityRef: request.entityRef }),
    ).toEqual({ entityRef: request.entityRef });
  });

  it.each([
    [{ entityRef: 'storefront:' }, 'entityRef: must be an entity reference'],
    [{ cluster: 'Prod EU' }, 'cluster: must be a DNS subdomain'],
    [{ namespace: 'shop.eu' }, 'namespace: must be a DNS label'],
    [
      { virtualServices: ['Not_A_Name'] },
      'virtualServices[0]: must be a DNS subdomain',
    ],
    [{ virtualServices: 'storefront' }, 'virtualServices: '],
  ])('names the bad field of %j', (change, problem) => {
    const problems = problemsOf({ ...request, ...change });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('refuses a VirtualService named twice, on the second', () => {
    expect(
      problemsOf({ ...request, virtualServices: ['a', 'b', 'a'] }),
    ).toEqual(['virtualServices[2]: "a" is named twice']);
  });

  it('names every bad field at once, and a body that is no object', () => {
    expect(problemsOf({ cluster: 3 })).toEqual([
      expect.stringMatching(/^entityRef: /),
      expect.stringMatching(/^cluster: /),
    ]);
    expect(problemsOf('convert')).toEqual([expect.stringMatching(/^body: /)]);
    expect(() => parseVirtualServiceConversionRequest(null)).toThrow(
      /^Malformed VirtualService conversion request: body: /,
    );
  });
});
