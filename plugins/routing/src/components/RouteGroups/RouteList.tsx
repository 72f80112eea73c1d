import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import type { RouteView } from '@portway/plugin-routing-common';
import { RouteItem } from '../RouteItem';

/** Routes a list shows before "Show all": enough for most entities, cheap for 200. */
export const SHOWN_ROUTES = 25;

/** Props of {@link RouteList}. */
export interface RouteListProps {
  routes: RouteView[];
  /** The id of the heading that names the list. */
  labelledBy: string;
}

/** Routes in the order given, the first {@link SHOWN_ROUTES} shown and the rest behind "Show all". */
export function RouteList({ routes, labelledBy }: RouteListProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? routes : routes.slice(0, SHOWN_ROUTES);
  return (
    <>
      <Box component="ul" m={0} p={0} aria-labelledby={labelledBy}>
        {shown.map(route => (
          <RouteItem
            key={`${route.kind}/${route.namespace}/${route.name}`}
            route={route}
          />
        ))}
      </Box>
      {shown.length < routes.length && (
        <Button color="primary" onClick={() => setShowAll(true)}>
          {`Show all ${routes.length} routes`}
        </Button>
      )}
    </>
  );
}
