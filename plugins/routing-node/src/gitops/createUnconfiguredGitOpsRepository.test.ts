import { createUnconfiguredGitOpsRepository } from './createUnconfiguredGitOpsRepository';

describe('createUnconfiguredGitOpsRepository', () => {
  it('fails reads and branches with a message that says what to configure', async () => {
    const repository = createUnconfiguredGitOpsRepository();

    await expect(repository.readFolder('clusters')).rejects.toThrow(
      'Missing routing.gitops: set routing.gitops.local.path',
    );
    await expect(
      repository.createBranch({
        branchName: 'portway/x',
        files: [],
        message: 'x',
      }),
    ).rejects.toThrow('Missing routing.gitops');
    await expect(
      repository.changeState({ branchName: 'portway/x' }),
    ).rejects.toThrow('Missing routing.gitops');
  });

  it('lists no pending changes, so the portal still shows the live routes', async () => {
    expect(
      await createUnconfiguredGitOpsRepository().listPendingChanges(),
    ).toEqual([]);
  });
});
