/**
 * Portway routing for Backstage's new frontend system. The plugin is the default export, so
 * package discovery (`app.packages: all`) installs it from the dependency alone.
 *
 * @packageDocumentation
 */
import { routingPlugin } from './alpha/plugin';

export { routingPlugin };
export default routingPlugin;
