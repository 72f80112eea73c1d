import {
  MalformedIngressRequestError,
  parseIngressMigrationRequest,
  parseIngressRemovalRequest,
} from './parseIngressRequests';

const migration = {
  entityRef: 'component:default/storefront',
  cluster: 'prod-eu',
  namespace: 'shop',
  ingresses: ['storefront-legacy'],
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};

const { gateway: _gateway, ...removal } = migration;

function problemsOf(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof MalformedIngressRequestError) return error.problems;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('parseIngressMigrationRequest', () => {
  it('reads a well-formed request as it is', () => {
    expect(parseIngressMigrationRequest(migration)).toEqual(migration);
    const anyListener = {
      ...migration,
      gateway: { namespace: 'infra', name: 'public' },
    };
    expect(parseIngressMigrationRequest(anyListener)).toEqual(anyListener);
  });

  it.each([
    [{ entityRef: 'storefront:' }, 'entityRef: must be an entity reference'],
    [{ cluster: 'Prod EU' }, 'cluster: must be a DNS subdomain'],
    [{ namespace: 'shop.eu' }, 'namespace: must be a DNS label'],
    [{ namespace: undefined }, 'namespace: '],
    [{ ingresses: [] }, 'ingresses: must name at least one Ingress'],
    [{ ingresses: ['Legacy'] }, 'ingresses[0]: must be a DNS subdomain'],
    [{ ingresses: ['a', 'b', 'a'] }, 'ingresses[2]: "a" is named twice'],
    [{ ingresses: 'a' }, 'ingresses: '],
    [{ gateway: undefined }, 'gateway: '],
    [
      { gateway: { namespace: 'infra', name: 'Public' } },
      'gateway.name: must be a DNS subdomain',
    ],
    [
      { gateway: { namespace: 'infra', name: 'public', sectionName: '' } },
      'gateway.sectionName: must be a DNS subdomain',
    ],
  ])('refuses %j, naming the field', (change, problem) => {
    const problems = problemsOf(() =>
      parseIngressMigrationRequest({ ...migration, ...change }),
    );
    expect(problems).toEqual([expect.stringContaining(problem)]);
  });

  it('names every bad field at once', () => {
    const problems = problemsOf(() =>
      parseIngressMigrationRequest({
        ...migration,
        namespace: 'Shop',
        ingresses: ['ok', 'Not OK'],
        gateway: { namespace: 'infra' },
      }),
    );
    expect(problems.map(problem => problem.split(':')[0])).toEqual([
      'namespace',
      'ingresses[1]',
      'gateway.name',
    ]);
  });

  it('refuses a body that is not an object', () => {
    expect(() => parseIngressMigrationRequest('migrate')).toThrow(
      'Malformed Ingress request: body: ',
    );
  });
});

describe('parseIngressRemovalRequest', () => {
  it('reads a well-formed request, which names no Gateway', () => {
    expect(parseIngressRemovalRequest(removal)).toEqual(removal);
  });

  it('refuses what the migration request refuses', () => {
    expect(
      problemsOf(() =>
        parseIngressRemovalRequest({ ...removal, ingresses: ['x', 'x'] }),
      ),
    ).toEqual(['ingresses[1]: "x" is named twice']);
  });
});
