import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';

/** How the tab shows the routes: a list by cluster and family, or a graph. */
export type RoutesView = 'list' | 'topology';

/** Props of {@link ViewToggle}. */
export interface ViewToggleProps {
  value: RoutesView;
  onChange: (value: RoutesView) => void;
}

/** "List / Topology": switches how the tab shows the routes. */
export function ViewToggle({ value, onChange }: ViewToggleProps) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value}
      aria-label="How to show the routes"
      onChange={(_, next: RoutesView | null) => next && onChange(next)}
    >
      <ToggleButton value="list">List</ToggleButton>
      <ToggleButton value="topology">Topology</ToggleButton>
    </ToggleButtonGroup>
  );
}
