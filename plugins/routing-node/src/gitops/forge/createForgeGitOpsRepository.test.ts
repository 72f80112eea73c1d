import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { UrlReaderServiceReadTreeResponse } from '@backstage/backend-plugin-api';
import { createForgeGitOpsRepository } from './createForgeGitOpsRepository';

const TREE_URL = 'https://github.com/acme/gitops/tree/main';

function treeOf(
  files: Record<string, string>,
): UrlReaderServiceReadTreeResponse {
  return {
    etag: 'etag',
    files: async () =>
      Object.entries(files).map(([path, content]) => ({
        path,
        content: async () => Buffer.from(content),
      })),
    archive: async () => {
      throw new Error('not used');
    },
    dir: async () => {
      throw new Error('not used');
    },
  };
}

function repositoryWith(readTree: jest.Mock) {
  return createForgeGitOpsRepository({
    provider: 'github',
    repoUrl: 'github.com?owner=acme&repo=gitops',
    baseBranch: 'main',
    url: TREE_URL,
    reader: mockServices.urlReader.mock({ readTree }),
  });
}

describe('createForgeGitOpsRepository', () => {
  it('reads the files directly in a folder through the URL reader', async () => {
    const readTree = jest.fn(async () =>
      treeOf({
        'kustomization.yaml': 'resources: [service.yaml]\n',
        'service.yaml': 'kind: Service\n',
        'patches/replicas.yaml': 'nested\n',
      }),
    );
    const repository = repositoryWith(readTree);

    expect(
      await repository.readFolder('clusters/prod/shop/storefront'),
    ).toEqual({
      'kustomization.yaml': 'resources: [service.yaml]\n',
      'service.yaml': 'kind: Service\n',
    });
    expect(readTree).toHaveBeenCalledWith(
      `${TREE_URL}/clusters/prod/shop/storefront`,
    );
  });

  it('reads a folder the forge does not have as empty', async () => {
    const repository = repositoryWith(
      jest.fn(async () => {
        throw new NotFoundError('no such folder');
      }),
    );

    expect(await repository.readFolder('clusters/prod/shop/checkout')).toEqual(
      {},
    );
  });

  it('passes on other read errors, so a broken integration is not mistaken for an empty folder', async () => {
    const repository = repositoryWith(
      jest.fn(async () => {
        throw new Error('401 Unauthorized');
      }),
    );

    await expect(
      repository.readFolder('clusters/prod/shop/checkout'),
    ).rejects.toThrow('401 Unauthorized');
  });

  it('lists no pending changes, as open pull requests are not read yet', async () => {
    const readTree = jest.fn();

    expect(await repositoryWith(readTree).listPendingChanges()).toEqual([]);
    expect(readTree).not.toHaveBeenCalled();
  });

  it('tells the template which publish step to use and where', () => {
    expect(repositoryWith(jest.fn()).target).toEqual({
      provider: 'github',
      repoUrl: 'github.com?owner=acme&repo=gitops',
      baseBranch: 'main',
    });
  });
});
