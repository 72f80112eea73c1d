import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import type { RouteView } from '@portway/plugin-routing-common';

/**
 * The route's effective URLs as links that open in a new tab; the hostnames
 * when the backend could not derive URLs (for example TLS passthrough).
 */
export function UrlLinks({ route }: { route: RouteView }) {
  if (route.urls.length === 0) {
    return (
      <Typography variant="body2">
        {route.hostnames.length > 0 ? route.hostnames.join(', ') : '—'}
      </Typography>
    );
  }
  return (
    <>
      {route.urls.map(url => (
        <Typography key={url} variant="body2">
          <Link href={url} target="_blank" rel="noopener noreferrer">
            {url}
          </Link>
        </Typography>
      ))}
    </>
  );
}
