import Typography from '@material-ui/core/Typography';
import type { RouteView } from '@portway/plugin-routing-common';
import { backendLabel } from './format';

/** Where the route sends its traffic, one backend a line. */
export function BackendList({ route }: { route: RouteView }) {
  if (route.backends.length === 0) {
    return <Typography variant="body2">—</Typography>;
  }
  return (
    <>
      {route.backends.map((backend, index) => (
        <Typography key={index} variant="body2">
          {backendLabel(backend)}
        </Typography>
      ))}
    </>
  );
}
