import type { Theme } from '@material-ui/core/styles';
import type { TopologyHealth } from './types';

/** The theme's colour for a node's health, so that nodes read right in light and dark themes. */
export function healthColour(theme: Theme, health: TopologyHealth): string {
  switch (health) {
    case 'ok':
      return theme.palette.success.main;
    case 'warning':
      return theme.palette.warning.main;
    case 'error':
      return theme.palette.error.main;
    case 'pending':
      return theme.palette.info.main;
    default:
      return theme.palette.text.secondary;
  }
}
