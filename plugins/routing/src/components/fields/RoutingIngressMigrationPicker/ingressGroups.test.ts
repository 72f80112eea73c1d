import {
  apiIngress,
  legacyIngress,
  usIngress,
  webIngress,
} from '../../../__testUtils__/ingressMigrationFixtures';
import {
  ingressGroups,
  missingIngresses,
  selectedHosts,
  selectsGroup,
  toggleIngress,
} from './ingressGroups';

const shop = { cluster: 'prod-eu', namespace: 'shop' };

describe('ingressGroups', () => {
  it('groups the Ingresses by cluster and namespace, both sorted, each by name', () => {
    const groups = ingressGroups([
      usIngress,
      webIngress,
      legacyIngress,
      apiIngress,
    ]);

    expect(
      groups.map(group => [
        group.cluster,
        group.namespace,
        group.ingresses.map(ingress => ingress.name),
      ]),
    ).toEqual([
      ['prod-eu', 'shop', ['api', 'legacy', 'web']],
      ['prod-us', 'shop', ['web']],
    ]);
  });

  it('ticks and unticks an Ingress in the selection of its group', () => {
    const ticked = toggleIngress(undefined, webIngress);
    expect(ticked).toEqual({ ...shop, names: ['web'] });

    const both = toggleIngress(ticked, apiIngress);
    expect(both).toEqual({ ...shop, names: ['web', 'api'] });

    expect(toggleIngress(both, webIngress)).toEqual({
      ...shop,
      names: ['api'],
    });
  });

  it('starts a new selection when an Ingress of another group is ticked', () => {
    expect(toggleIngress({ ...shop, names: ['web'] }, usIngress)).toEqual({
      cluster: 'prod-us',
      namespace: 'shop',
      names: ['web'],
    });
  });

  it('takes a selection without names as holding no group', () => {
    expect(selectsGroup({ ...shop, names: [] }, shop)).toBe(false);
    expect(selectsGroup({ ...shop, names: ['web'] }, shop)).toBe(true);
    expect(
      selectsGroup(
        { ...shop, names: ['web'] },
        { ...shop, cluster: 'prod-us' },
      ),
    ).toBe(false);
  });

  it('names the ticked Ingresses that are not among those found', () => {
    const groups = ingressGroups([webIngress, usIngress]);

    expect(
      missingIngresses({ ...shop, names: ['web', 'gone'] }, groups),
    ).toEqual(['gone']);
    expect(
      missingIngresses({ ...shop, namespace: 'books', names: ['web'] }, groups),
    ).toEqual(['web']);
    expect(missingIngresses(undefined, groups)).toEqual([]);
  });

  it('lists the hosts of the ticked Ingresses in the order ticked, of their group only', () => {
    const all = [legacyIngress, usIngress, webIngress];

    expect(
      selectedHosts({ ...shop, names: ['web', 'legacy', 'api'] }, all),
    ).toEqual([
      'www.shop.example.com',
      'old.shop.example.com',
      'legacy.other.com',
    ]);
    expect(
      selectedHosts({ cluster: 'prod-us', namespace: 'shop', names: ['web'] }, [
        webIngress,
        usIngress,
      ]),
    ).toEqual(['www.shop.example.com']);
    expect(selectedHosts(undefined, all)).toEqual([]);
  });
});
