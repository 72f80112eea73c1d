import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { SignInPage } from '@backstage/core-components';

/** Guest sign-in, automatic once the guest has entered. */
const guestSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props =>
      <SignInPage {...props} auto providers={['guest']} />,
  },
});

/** The app's sign-in page, as a module of the app plugin. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [guestSignInPage],
});
