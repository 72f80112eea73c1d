import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { RouteSummary } from '@portway/plugin-routing-common';
import { RouteSummaryStatus } from './RouteSummaryStatus';

describe('RouteSummaryStatus', () => {
  it.each<[RouteSummary, string]>([
    ['ready', 'ok'],
    ['degraded', 'warning'],
    ['failed', 'error'],
    ['pending', 'pending'],
    ['unknown', 'aborted'],
  ])('shows %s with the %s status', async (summary, status) => {
    await renderInTestApp(<RouteSummaryStatus summary={summary} />);

    expect(screen.getByText(summary)).toBeInTheDocument();
    expect(screen.getByLabelText(`Status ${status}`)).toBeInTheDocument();
  });
});
