import { useMemo, useState } from 'react';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { Table, type TableColumn } from '@backstage/core-components';
import {
  exposureKind,
  holdsHostnames,
  type ExposureRequestRecord,
} from '@portway/plugin-routing-common';
import { ExposureRequestStateChip } from './ExposureRequestStateChip';
import { relativeAge } from '../../format/relativeTime';
import { serviceLabel } from './format';
import { RequestChange } from './RequestChange';
import { WithdrawRequestButton } from './WithdrawRequestButton';
import { WithdrawRequestDialog } from './WithdrawRequestDialog';

/** Props of {@link ExposureRequestsTable}. */
export interface ExposureRequestsTableProps {
  /** The requests, in the order to show them (the backend's: newest first). */
  requests: ExposureRequestRecord[];
  /** Called after a request was withdrawn, to load the requests again. */
  onWithdrawn: () => void;
}

/** One table row; the flat fields are there for sorting and searching. */
interface RequestRow {
  id: string;
  state: string;
  kind: string;
  target: string;
  hosts: string;
  createdAt: string;
  request: ExposureRequestRecord;
}

function toRow(request: ExposureRequestRecord): RequestRow {
  return {
    id: request.id,
    state: request.state,
    kind: exposureKind(request.type).objectKind,
    target: `${request.cluster} ${serviceLabel(request)}`,
    hosts: request.hostnames.join(' '),
    createdAt: request.createdAt,
    request,
  };
}

function columns(
  onWithdraw: (request: ExposureRequestRecord) => void,
): TableColumn<RequestRow>[] {
  return [
    {
      title: 'State',
      field: 'state',
      render: row => (
        <ExposureRequestStateChip
          state={row.request.state}
          reason={row.request.stateReason}
        />
      ),
    },
    {
      title: 'Type',
      field: 'kind',
      render: row => (
        <>
          <Typography variant="body2">{row.kind}</Typography>
          <Typography variant="caption" color="textSecondary">
            {row.request.type}
          </Typography>
        </>
      ),
    },
    {
      title: 'Target',
      field: 'target',
      render: row => (
        <>
          <Typography variant="body2">{serviceLabel(row.request)}</Typography>
          <Typography variant="caption" color="textSecondary">
            cluster {row.request.cluster}
          </Typography>
        </>
      ),
    },
    {
      title: 'Hostnames',
      field: 'hosts',
      render: row =>
        row.request.hostnames.length === 0 ? (
          <Typography variant="body2">—</Typography>
        ) : (
          <>
            {row.request.hostnames.map(hostname => (
              <Typography key={hostname} variant="body2">
                {hostname}
              </Typography>
            ))}
          </>
        ),
    },
    {
      title: 'Change',
      sorting: false,
      render: row => <RequestChange request={row.request} />,
    },
    {
      title: 'Requested',
      field: 'createdAt',
      render: row => (
        <>
          <Tooltip title={new Date(row.createdAt).toLocaleString()}>
            <Typography variant="body2">
              {relativeAge(row.createdAt, new Date())}
            </Typography>
          </Tooltip>
          <Typography variant="caption" color="textSecondary">
            by {row.request.createdBy}
          </Typography>
        </>
      ),
    },
    {
      title: '',
      sorting: false,
      render: row =>
        holdsHostnames(row.request.state) ? (
          <WithdrawRequestButton
            request={row.request}
            onWithdraw={onWithdraw}
          />
        ) : null,
    },
  ];
}

/**
 * The exposure requests of an entity, one row each: state, what and where, hostnames, change
 * and age, with "Withdraw" for those that still hold hostnames.
 */
export function ExposureRequestsTable(props: ExposureRequestsTableProps) {
  const { requests, onWithdrawn } = props;
  const [withdrawing, setWithdrawing] = useState<ExposureRequestRecord>();
  const tableColumns = useMemo(() => columns(setWithdrawing), []);
  const rows = useMemo(() => requests.map(toRow), [requests]);
  return (
    <>
      <Table<RequestRow>
        title={`Exposure requests (${requests.length})`}
        columns={tableColumns}
        data={rows}
        options={{
          paging: false,
          padding: 'dense',
          search: requests.length > 5,
        }}
      />
      {withdrawing && (
        <WithdrawRequestDialog
          request={withdrawing}
          onClose={() => setWithdrawing(undefined)}
          onWithdrawn={onWithdrawn}
        />
      )}
    </>
  );
}
