import fs from 'node:fs/promises';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import {
  createSeededLocalRepository,
  inspectRepository,
  SEED_KUSTOMIZATION,
  SEED_SERVICE,
  STOREFRONT_FOLDER,
  useTempDirs,
  writeFiles,
} from '../../testUtils';
import { createLocalGitOpsRepository } from './createLocalGitOpsRepository';

const ROUTE_FILE = `${STOREFRONT_FOLDER}/httproute-storefront.yaml`;
const KUSTOMIZATION_FILE = `${STOREFRONT_FOLDER}/kustomization.yaml`;

describe('createLocalGitOpsRepository', () => {
  const tempDir = useTempDirs();

  it('creates the repository from the seed folder on first use, with one commit on the base branch', async () => {
    const dir = await tempDir();
    const repository = await createSeededLocalRepository(dir);
    const repo = inspectRepository(repository.path);

    await repository.readFolder(STOREFRONT_FOLDER);

    expect(await repo.log('main')).toHaveLength(1);
    expect(await repo.files('main')).toEqual([
      'README.md',
      KUSTOMIZATION_FILE,
      `${STOREFRONT_FOLDER}/service.yaml`,
    ]);
    expect(await repo.currentBranch()).toBe('main');
    expect(repository.target).toEqual({
      provider: 'local',
      baseBranch: 'main',
    });
  });

  it('reads the files of a folder from the base branch, not from the working tree', async () => {
    const dir = await tempDir();
    const repository = await createSeededLocalRepository(dir);
    await repository.readFolder(STOREFRONT_FOLDER);
    await writeFiles(repository.path, {
      [KUSTOMIZATION_FILE]: 'edited but not committed\n',
    });

    expect(await repository.readFolder(STOREFRONT_FOLDER)).toEqual({
      'kustomization.yaml': SEED_KUSTOMIZATION,
      'service.yaml': SEED_SERVICE,
    });
  });

  it('reads a folder that does not exist as empty', async () => {
    const repository = await createSeededLocalRepository(await tempDir());

    expect(await repository.readFolder('clusters/demo/shop/checkout')).toEqual(
      {},
    );
  });

  it('creates a branch with one commit on top of the base branch holding the new and the unchanged files', async () => {
    const repository = await createSeededLocalRepository(await tempDir());
    await repository.readFolder(STOREFRONT_FOLDER);
    const repo = inspectRepository(repository.path);
    const baseHead = await repo.head('main');

    const { commitSha } = await repository.createBranch({
      branchName: 'portway/expose-storefront-storefront',
      files: [
        { path: ROUTE_FILE, content: 'kind: HTTPRoute\n' },
        { path: KUSTOMIZATION_FILE, content: 'merged\n' },
      ],
      message: 'Expose storefront over HTTP',
    });

    const log = await repo.log('portway/expose-storefront-storefront');
    expect(log[0].oid).toBe(commitSha);
    expect(log[0].commit.parent).toEqual([baseHead]);
    expect(log[0].commit.message.trim()).toBe('Expose storefront over HTTP');
    expect(log[0].commit.author).toMatchObject({
      name: 'Test',
      email: 'test@example.com',
    });
    expect(log).toHaveLength(2);
    expect(await repo.files('portway/expose-storefront-storefront')).toEqual([
      'README.md',
      ROUTE_FILE,
      KUSTOMIZATION_FILE,
      `${STOREFRONT_FOLDER}/service.yaml`,
    ]);
    expect(
      await repo.read('portway/expose-storefront-storefront', ROUTE_FILE),
    ).toBe('kind: HTTPRoute\n');
    expect(
      await repo.read('portway/expose-storefront-storefront', 'README.md'),
    ).toBe('# seed\n');
  });

  it('leaves the base branch, HEAD and the working tree untouched when creating a branch', async () => {
    const repository = await createSeededLocalRepository(await tempDir());
    await repository.readFolder(STOREFRONT_FOLDER);
    const repo = inspectRepository(repository.path);
    const baseHead = await repo.head('main');

    await repository.createBranch({
      branchName: 'portway/expose-storefront-storefront',
      files: [{ path: ROUTE_FILE, content: 'kind: HTTPRoute\n' }],
      message: 'Expose storefront over HTTP',
    });

    expect(await repo.head('main')).toBe(baseHead);
    expect(await repo.currentBranch()).toBe('main');
    await expect(
      fs.access(path.join(repository.path, ROUTE_FILE)),
    ).rejects.toThrow();
    expect(await repository.readFolder(STOREFRONT_FOLDER)).not.toHaveProperty(
      'httproute-storefront.yaml',
    );
  });

  it('refuses to create a branch that already exists and leaves it as it was', async () => {
    const repository = await createSeededLocalRepository(await tempDir());
    const branch = {
      branchName: 'portway/expose-storefront-storefront',
      files: [{ path: ROUTE_FILE, content: 'first\n' }],
      message: 'first',
    };
    const { commitSha } = await repository.createBranch(branch);

    await expect(
      repository.createBranch({
        ...branch,
        files: [{ path: ROUTE_FILE, content: 'second\n' }],
      }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'portway/expose-storefront-storefront" already exists',
      ),
    });
    expect(
      await inspectRepository(repository.path).head(branch.branchName),
    ).toBe(commitSha);
  });

  it('refuses branch names that git would reject', async () => {
    const repository = await createSeededLocalRepository(await tempDir());

    await expect(
      repository.createBranch({
        branchName: 'bad..name',
        files: [],
        message: 'x',
      }),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      repository.createBranch({
        branchName: 'portway/x.lock',
        files: [],
        message: 'x',
      }),
    ).rejects.toMatchObject({ name: 'InputError' });
  });

  it('refuses file paths that leave the repository or touch .git', async () => {
    const repository = await createSeededLocalRepository(await tempDir());

    await expect(
      repository.createBranch({
        branchName: 'portway/escape',
        files: [{ path: '../outside.yaml', content: 'x' }],
        message: 'x',
      }),
    ).rejects.toMatchObject({ name: 'InputError' });
    expect(await inspectRepository(repository.path).branches()).toEqual([
      'main',
    ]);
  });

  it('deletes files in the same commit that writes the others, keeping the rest of their folder', async () => {
    const repository = await createSeededLocalRepository(await tempDir());
    const repo = inspectRepository(repository.path);
    const branchName = 'portway/remove-storefront-service';

    await repository.createBranch({
      branchName,
      files: [{ path: KUSTOMIZATION_FILE, content: 'resources: []\n' }],
      filesToDelete: [`${STOREFRONT_FOLDER}/service.yaml`],
      message: 'Remove the Service',
    });

    expect(await repo.log(branchName)).toHaveLength(2);
    expect(await repo.files(branchName)).toEqual([
      'README.md',
      KUSTOMIZATION_FILE,
    ]);
    expect(await repo.read(branchName, KUSTOMIZATION_FILE)).toBe(
      'resources: []\n',
    );
    expect(await repo.files('main')).toContain(
      `${STOREFRONT_FOLDER}/service.yaml`,
    );
  });

  it('drops a folder whose last file it deletes, and skips files the base branch does not have', async () => {
    const repository = await createSeededLocalRepository(await tempDir());
    const repo = inspectRepository(repository.path);
    const branchName = 'portway/remove-storefront';

    await repository.createBranch({
      branchName,
      files: [],
      filesToDelete: [
        KUSTOMIZATION_FILE,
        `${STOREFRONT_FOLDER}/service.yaml`,
        `${STOREFRONT_FOLDER}/ingress-gone.yaml`,
        'clusters/demo/nowhere/ingress.yaml',
      ],
      message: 'Remove the storefront folder',
    });

    expect(await repo.files(branchName)).toEqual(['README.md']);
  });

  it('refuses to write and delete one file in the same commit, or to delete a folder, and creates no branch', async () => {
    const repository = await createSeededLocalRepository(await tempDir());

    await expect(
      repository.createBranch({
        branchName: 'portway/both',
        files: [{ path: KUSTOMIZATION_FILE, content: 'x\n' }],
        filesToDelete: [KUSTOMIZATION_FILE],
        message: 'x',
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: `Refusing to both write and delete "${KUSTOMIZATION_FILE}" in one commit`,
    });
    await expect(
      repository.createBranch({
        branchName: 'portway/folder',
        files: [],
        filesToDelete: [STOREFRONT_FOLDER],
        message: 'x',
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message:
        'Cannot delete storefront: it is a folder in the GitOps repository',
    });
    await expect(
      repository.createBranch({
        branchName: 'portway/escape',
        files: [],
        filesToDelete: ['../outside.yaml'],
        message: 'x',
      }),
    ).rejects.toMatchObject({ name: 'InputError' });
    expect(await inspectRepository(repository.path).branches()).toEqual([
      'main',
    ]);
  });

  it('uses an existing repository as it is, without seeding it again', async () => {
    const dir = await tempDir();
    const first = await createSeededLocalRepository(dir);
    await first.createBranch({
      branchName: 'portway/one',
      files: [{ path: 'one.yaml', content: 'one\n' }],
      message: 'one',
    });
    const second = createLocalGitOpsRepository({
      path: first.path,
      seedDirectory: path.join(dir, 'no-such-seed'),
      baseBranch: 'main',
      author: { name: 'Test', email: 'test@example.com' },
      logger: mockServices.logger.mock(),
    });

    expect(Object.keys(await second.readFolder(STOREFRONT_FOLDER))).toEqual([
      'kustomization.yaml',
      'service.yaml',
    ]);
    expect(await inspectRepository(first.path).branches()).toEqual([
      'main',
      'portway/one',
    ]);
  });

  it('creates an empty repository with one commit when there is no seed folder', async () => {
    const dir = await tempDir();
    const repository = createLocalGitOpsRepository({
      path: path.join(dir, 'nested', 'repo'),
      baseBranch: 'trunk',
      author: { name: 'Test', email: 'test@example.com' },
      logger: mockServices.logger.mock(),
    });

    expect(await repository.readFolder(STOREFRONT_FOLDER)).toEqual({});
    expect(await inspectRepository(repository.path).log('trunk')).toHaveLength(
      1,
    );
  });

  it('lists nothing pending for a repository that does not exist yet, and does not create it', async () => {
    const dir = await tempDir();
    const repository = await createSeededLocalRepository(dir);

    expect(await repository.listPendingChanges()).toEqual([]);
    await expect(fs.access(repository.path)).rejects.toThrow();
  });

  it('refuses a folder that holds files but is not a git repository', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'repo/notes.txt': 'not git\n' });
    const repository = createLocalGitOpsRepository({
      path: path.join(dir, 'repo'),
      baseBranch: 'main',
      author: { name: 'Test', email: 'test@example.com' },
      logger: mockServices.logger.mock(),
    });

    await expect(repository.readFolder(STOREFRONT_FOLDER)).rejects.toThrow(
      /is not a git repository and not empty/,
    );
  });

  it('reports a missing base branch with the config key to check', async () => {
    const dir = await tempDir();
    const seeded = await createSeededLocalRepository(dir);
    await seeded.readFolder(STOREFRONT_FOLDER);
    const repository = createLocalGitOpsRepository({
      path: seeded.path,
      baseBranch: 'release',
      author: { name: 'Test', email: 'test@example.com' },
      logger: mockServices.logger.mock(),
    });

    await expect(
      repository.readFolder(STOREFRONT_FOLDER),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining('routing.gitops.local.baseBranch'),
    });
  });
});
