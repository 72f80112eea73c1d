import Typography from '@material-ui/core/Typography';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { ListenersQuery } from '../../../api/types';
import { useListeners } from '../../../hooks/useListeners';
import {
  isListener,
  listenerHostnames,
} from '../RoutingListenerPicker/describeListener';
import type { GatewayListenerValue } from '../types';

/** Props of {@link ListenerHostnameHint}. */
export interface ListenerHostnameHintProps {
  entity?: CompoundEntityRef;
  query?: ListenersQuery;
  /** The listener the form chose (its `gateway`). */
  gateway: GatewayListenerValue;
}

/** `Listener https of infra/public answers *.shop.example.com`: which hostnames can attach. */
export function ListenerHostnameHint(props: ListenerHostnameHintProps) {
  const { entity, query, gateway } = props;
  const { value } = useListeners(entity, query);
  const listener = value?.listeners.find(option => isListener(option, gateway));
  if (!listener) {
    return null;
  }
  return (
    <Typography variant="body2" color="textSecondary">
      Listener {listener.name} of {gateway.namespace}/{gateway.name} answers{' '}
      <code>{listenerHostnames(listener)}</code>.
    </Typography>
  );
}
