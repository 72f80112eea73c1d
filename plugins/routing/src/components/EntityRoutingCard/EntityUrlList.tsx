import MuiLink from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import type { RouteView } from '@portway/plugin-routing-common';
import { entityUrls } from './entityUrls';

/** URLs listed before the rest is summed up as "and N more". */
const SHOWN_URLS = 3;

/** Props of {@link EntityUrlList}. */
export interface EntityUrlListProps {
  routes: RouteView[];
  /** Where "and N more" leads: the entity's Routing tab. */
  tabPath: string;
}

/**
 * The first few URLs of the entity as links that open a new tab, each not-ready one with its
 * route's health, then "and N more" linking to the Routing tab.
 */
export function EntityUrlList({ routes, tabPath }: EntityUrlListProps) {
  const urls = entityUrls(routes);
  if (urls.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No URLs: its routes serve no hostname that can be opened.
      </Typography>
    );
  }
  const rest = urls.length - SHOWN_URLS;
  return (
    <>
      {urls.slice(0, SHOWN_URLS).map(({ url, summary }) => (
        <Typography key={url} variant="body2" noWrap>
          <MuiLink href={url} target="_blank" rel="noopener noreferrer">
            {url}
          </MuiLink>
          {summary !== 'ready' && (
            <Typography
              component="span"
              variant="caption"
              color="textSecondary"
            >
              {` (${summary})`}
            </Typography>
          )}
        </Typography>
      ))}
      {rest > 0 && (
        <Typography variant="body2">
          <Link to={tabPath}>and {rest} more</Link>
        </Typography>
      )}
    </>
  );
}
