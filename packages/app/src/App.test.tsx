import { render, screen } from '@testing-library/react';
import App from './App';

/** Where the sign-in page remembers the provider a user signed in with last time. */
const SIGN_IN_PROVIDER_KEY = '@backstage/core:SignInPage:provider';

describe('App', () => {
  beforeEach(() => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };
    // No backend here: every request is answered 404.
    jest
      .spyOn(global, 'fetch')
      .mockImplementation(async () => new Response('{}', { status: 404 }));
    localStorage.clear();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('offers guest sign-in to a newcomer', async () => {
    render(App.createRoot());

    expect(
      await screen.findByRole('button', { name: 'Enter' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Gateways')).not.toBeInTheDocument();
  });

  it('signs a returning guest in by itself and shows the sidebar with Catalog, Create... and Gateways', async () => {
    localStorage.setItem(SIGN_IN_PROVIDER_KEY, 'guest');
    // Without an auth backend, the guest provider falls back to its local guest token.
    localStorage.setItem('enableLegacyGuestToken', 'true');

    render(App.createRoot());

    expect(
      await screen.findByRole(
        'link',
        { name: 'Gateways' },
        { timeout: 10_000 },
      ),
    ).toHaveAttribute('href', '/routing');
    expect(screen.getByRole('link', { name: 'Catalog' })).toHaveAttribute(
      'href',
      '/catalog',
    );
    expect(screen.getByRole('link', { name: 'Create...' })).toHaveAttribute(
      'href',
      '/create',
    );
    expect(
      screen.queryByRole('button', { name: 'Enter' }),
    ).not.toBeInTheDocument();
  });
});
