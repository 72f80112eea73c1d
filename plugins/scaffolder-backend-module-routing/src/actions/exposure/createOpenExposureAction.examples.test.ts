import { parse } from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import {
  parseExposureRequest,
  validateExposureRequest,
} from '@portway/plugin-routing-common';
import { fakeRoutingBackend } from '../../__testUtils__/fixtures';
import { createOpenExposureAction } from './createOpenExposureAction';
import { examples } from './createOpenExposureAction.examples';
import { createPublishActions } from '../openChange/createPublishActions';

const steps = examples.map(example => parse(example.example).steps[0]);

describe('routing:exposure:open examples', () => {
  const action = createOpenExposureAction({
    gitops: {
      target: { provider: 'local', baseBranch: 'main' },
      readFolder: async () => ({}),
      listPendingChanges: async () => [],
    },
    permissions: mockServices.permissions.mock(),
    routingBackend: fakeRoutingBackend(),
    publishActions: createPublishActions(mockServices.rootConfig()),
  });

  it.each(steps.map((step, index) => [index, step]))(
    'example %s runs routing:exposure:open with inputs it declares, the required ones among them',
    (_index, step) => {
      const input = action.schema?.input as any;

      expect(step.action).toBe('routing:exposure:open');
      expect(Object.keys(input.properties)).toEqual(
        expect.arrayContaining(Object.keys(step.input)),
      );
      expect(Object.keys(step.input)).toEqual(
        expect.arrayContaining(input.required),
      );
    },
  );

  it('writes out a request for its entityRef without error findings', () => {
    const literal = steps.filter(
      step => typeof step.input.request === 'object',
    );
    expect(literal).toHaveLength(1);

    for (const { input } of literal) {
      const request = parseExposureRequest(input.request);
      expect(request.entityRef).toBe(input.entityRef);
      expect(
        validateExposureRequest(request).filter(f => f.severity === 'error'),
      ).toEqual([]);
    }
  });
});
