import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { AcceptedCondition } from './AcceptedCondition';

describe('AcceptedCondition', () => {
  it('shows status and reason, and the message as a tooltip', async () => {
    await renderInTestApp(
      <AcceptedCondition
        conditions={[
          {
            type: 'ResolvedRefs',
            status: 'True',
            reason: 'ResolvedRefs',
            message: '',
          },
          {
            type: 'Accepted',
            status: 'False',
            reason: 'NotAllowedByListeners',
            message: 'Namespace shop is not allowed by listener https',
          },
        ]}
      />,
    );

    const condition = screen.getByText(
      'Accepted: False (NotAllowedByListeners)',
    );
    await userEvent.hover(condition);

    expect(
      await screen.findByRole('tooltip', {
        name: 'Namespace shop is not allowed by listener https',
      }),
    ).toBeInTheDocument();
  });

  it('says so when no controller has written the condition yet', async () => {
    await renderInTestApp(<AcceptedCondition conditions={[]} />);

    expect(screen.getByText('Accepted: no status yet')).toBeInTheDocument();
  });

  it('marks conditions that Portway predicted because no controller has written them', async () => {
    await renderInTestApp(
      <AcceptedCondition
        conditionsFrom="analysis"
        conditions={[
          {
            type: 'Accepted',
            status: 'False',
            reason: 'NoMatchingListenerHostname',
            message: 'listener https only accepts *.shop.example.com',
          },
        ]}
      />,
    );

    expect(
      screen.getByText(
        'Accepted: False (NoMatchingListenerHostname), predicted by Portway: no controller has reconciled this yet',
      ),
    ).toBeInTheDocument();
  });
});
