import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { ExposureRequestStateChip } from './ExposureRequestStateChip';

describe('ExposureRequestStateChip', () => {
  it.each([
    ['requested', 'progress'],
    ['open', 'progress'],
    ['merged', 'progress'],
    ['live', 'success'],
    ['failed', 'error'],
    ['closed', 'neutral'],
    ['expired', 'neutral'],
  ] as const)('shows %s in the %s colour', async (state, tone) => {
    await renderInTestApp(<ExposureRequestStateChip state={state} />);

    const chip = screen.getByText(state).closest('.MuiChip-root');
    expect(chip?.className).toContain(`PortwayExposureRequestState-${tone}`);
  });

  it('outlines the states that are over, and only those', async () => {
    await renderInTestApp(
      <>
        <ExposureRequestStateChip state="expired" />
        <ExposureRequestStateChip state="failed" />
      </>,
    );

    expect(screen.getByText('expired').closest('.MuiChip-root')).toHaveClass(
      'MuiChip-outlined',
    );
    expect(screen.getByText('failed').closest('.MuiChip-root')).not.toHaveClass(
      'MuiChip-outlined',
    );
  });

  it('shows why the request is in its state beside the chip', async () => {
    await renderInTestApp(
      <ExposureRequestStateChip
        state="failed"
        reason="HTTPRoute shop/storefront not accepted: NoMatchingListenerHostname"
      />,
    );

    expect(
      screen.getByText(
        'HTTPRoute shop/storefront not accepted: NoMatchingListenerHostname',
      ),
    ).toBeInTheDocument();
  });
});
