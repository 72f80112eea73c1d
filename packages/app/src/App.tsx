import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import routingPlugin from '@portway/plugin-routing/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/**
 * The demo portal in Backstage's new frontend system: the catalog (with Portway's Routing tab
 * and card on the entity page), the scaffolder (with Portway's form fields), the gateways
 * page, org, user settings and signals (live updates), guest sign-in and the sidebar.
 */
export default createApp({
  features: [
    catalogPlugin,
    scaffolderPlugin,
    orgPlugin,
    userSettingsPlugin,
    signalsPlugin,
    routingPlugin,
    navModule,
    signInModule,
  ],
});
