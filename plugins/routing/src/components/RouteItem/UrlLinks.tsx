import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import type { RouteView } from '@portway/plugin-routing-common';

/** A browser can open it: an in-mesh `grpc://` address is shown, not linked. */
function opensInBrowser(url: string): boolean {
  return /^https?:\/\//.test(url);
}

/**
 * The route's effective URLs, the web ones as links that open in a new tab; the hostnames
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
          {opensInBrowser(url) ? (
            <Link href={url} target="_blank" rel="noopener noreferrer">
              {url}
            </Link>
          ) : (
            url
          )}
        </Typography>
      ))}
    </>
  );
}
