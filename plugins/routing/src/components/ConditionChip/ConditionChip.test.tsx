import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { ConditionChip } from './ConditionChip';

describe('ConditionChip', () => {
  it('labels the chip with the type and reason, and marks its status', async () => {
    await renderInTestApp(
      <ConditionChip
        condition={{
          type: 'Accepted',
          status: 'True',
          reason: 'Accepted',
          message: 'Route was valid',
        }}
      />,
    );

    const chip = screen.getByText('Accepted').closest('[data-status]');
    expect(chip).toHaveAttribute('data-status', 'True');
  });

  it("gives Portway's explanation of a False condition as its title", async () => {
    await renderInTestApp(
      <ConditionChip
        condition={{
          type: 'Accepted',
          status: 'False',
          reason: 'NotAllowedByListeners',
          message: 'not allowed',
          explanation:
            'listener https of infra/public accepts routes only from namespaces labelled team=shop; this route is in books',
        }}
      />,
    );

    const label = screen.getByText('Accepted: NotAllowedByListeners');
    expect(label.closest('[data-status]')).toHaveAttribute(
      'data-status',
      'False',
    );
    await userEvent.hover(label);
    expect(
      await screen.findByRole('tooltip', {
        name: /accepts routes only from namespaces labelled team=shop/,
      }),
    ).toBeInTheDocument();
  });

  it("falls back to the controller's message as its title", async () => {
    await renderInTestApp(
      <ConditionChip
        condition={{
          type: 'ResolvedRefs',
          status: 'Unknown',
          reason: 'Pending',
          message: 'Waiting for controller',
        }}
      />,
    );

    expect(screen.getByTitle('Waiting for controller')).toHaveTextContent(
      'ResolvedRefs: Pending',
    );
  });
});
