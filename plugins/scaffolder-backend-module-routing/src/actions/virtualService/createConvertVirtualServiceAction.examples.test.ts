import { mockServices } from '@backstage/backend-test-utils';
import { parse } from 'yaml';
import { fakeRoutingBackend } from '../../__testUtils__/fixtures';
import { createPublishActions } from '../openChange/createPublishActions';
import { createConvertVirtualServiceAction } from './createConvertVirtualServiceAction';

describe('the examples of routing:virtualservice:convert', () => {
  const action = createConvertVirtualServiceAction({
    gitops: {
      target: { provider: 'local' as const, baseBranch: 'main' },
      readFolder: async () => ({}),
      listPendingChanges: async () => [],
    },
    permissions: mockServices.permissions.mock(),
    routingBackend: fakeRoutingBackend(),
    publishActions: createPublishActions(mockServices.rootConfig()),
  });
  const steps = (action.examples ?? []).map(
    example => parse(example.example).steps[0],
  );
  const schema = action.schema?.input as any;

  it('run this action with every required input and only declared ones', () => {
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.action).toBe(action.id);
      expect(Object.keys(schema.properties)).toEqual(
        expect.arrayContaining(Object.keys(step.input)),
      );
      expect(Object.keys(step.input)).toEqual(
        expect.arrayContaining(schema.required),
      );
    }
  });
});
