import Typography from '@material-ui/core/Typography';
import { Table, type TableColumn } from '@backstage/core-components';
import type { RouteView } from '@portway/plugin-routing-common';
import { RouteSummaryStatus } from '../RouteSummaryStatus';
import { BackendList } from './BackendList';
import { matchedByLabel } from './format';
import { ParentList } from './ParentList';
import { UrlLinks } from './UrlLinks';

/** Props of {@link RoutesTable}. */
export interface RoutesTableProps {
  routes: RouteView[];
}

/** One table row; the flat fields are there for sorting and searching. */
interface RouteRow {
  id: string;
  summary: string;
  kind: string;
  reference: string;
  cluster: string;
  hosts: string;
  route: RouteView;
}

function toRow(route: RouteView): RouteRow {
  const reference = `${route.namespace}/${route.name}`;
  return {
    id: `${route.cluster}/${route.kind}/${reference}`,
    summary: route.summary,
    kind: route.kind,
    reference,
    cluster: route.cluster,
    hosts: [...route.urls, ...route.hostnames].join(' '),
    route,
  };
}

const columns: TableColumn<RouteRow>[] = [
  {
    title: 'Status',
    field: 'summary',
    render: row => <RouteSummaryStatus summary={row.route.summary} />,
  },
  { title: 'Kind', field: 'kind' },
  {
    title: 'Route',
    field: 'reference',
    render: row => (
      <>
        <Typography variant="body2">{row.reference}</Typography>
        <Typography variant="caption" color="textSecondary">
          {matchedByLabel(row.route)}
        </Typography>
      </>
    ),
  },
  { title: 'Cluster', field: 'cluster' },
  {
    title: 'URLs',
    field: 'hosts',
    render: row => <UrlLinks route={row.route} />,
  },
  {
    title: 'Parents',
    sorting: false,
    render: row => <ParentList route={row.route} />,
  },
  {
    title: 'Backends',
    sorting: false,
    render: row => <BackendList route={row.route} />,
  },
];

/** Every route of an entity, one row per route and cluster. */
export function RoutesTable({ routes }: RoutesTableProps) {
  return (
    <Table<RouteRow>
      title={`Routes (${routes.length})`}
      columns={columns}
      data={routes.map(toRow)}
      options={{ paging: false, padding: 'dense', search: routes.length > 5 }}
    />
  );
}
