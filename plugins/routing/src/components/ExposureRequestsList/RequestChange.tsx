import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import {
  holdsHostnames,
  type ExposureRequestRecord,
} from '@portway/plugin-routing-common';
import { changeRequestLabel } from './format';

/**
 * The GitOps change of a request: a link to its pull (merge) request on the forge, its branch
 * in the local repository, or that none was opened (yet, while the request is not over).
 */
export function RequestChange({ request }: { request: ExposureRequestRecord }) {
  if (request.pullRequestUrl) {
    return (
      <Typography variant="body2">
        <Link
          href={request.pullRequestUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          {changeRequestLabel(request.provider)}
        </Link>
      </Typography>
    );
  }
  if (request.branchName) {
    return <Typography variant="body2">branch {request.branchName}</Typography>;
  }
  return (
    <Typography variant="body2" color="textSecondary">
      {holdsHostnames(request.state) ? 'not opened yet' : 'never opened'}
    </Typography>
  );
}
