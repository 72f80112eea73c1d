import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SidebarContent } from './Sidebar';

/** The app's sidebar, as a module of the app plugin. */
export const navModule = createFrontendModule({
  pluginId: 'app',
  extensions: [SidebarContent],
});
