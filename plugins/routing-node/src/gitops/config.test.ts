import { ConfigReader } from '@backstage/config';
import { readGitOpsConfig } from './config';

const local = {
  path: '../../data/gitops',
  seedDirectory: '../../examples/gitops',
};

describe('readGitOpsConfig', () => {
  it('reads the local repository with main and the Portway author as defaults', () => {
    const config = new ConfigReader({ routing: { gitops: { local } } });

    expect(readGitOpsConfig(config)).toEqual({
      provider: 'local',
      path: '../../data/gitops',
      seedDirectory: '../../examples/gitops',
      baseBranch: 'main',
      author: { name: 'Portway', email: 'portway@localhost' },
    });
  });

  it('takes the author from routing.gitops.local.author, then scaffolder.defaultAuthor', () => {
    const config = new ConfigReader({
      scaffolder: {
        defaultAuthor: { name: 'Scaffolder', email: 'scaffolder@example.com' },
      },
      routing: { gitops: { local: { ...local, author: { name: 'Bot' } } } },
    });

    expect(readGitOpsConfig(config)).toMatchObject({
      author: { name: 'Bot', email: 'scaffolder@example.com' },
    });
  });

  it('prefers a forge over local when provider is set, so an extra config file can switch', () => {
    const config = new ConfigReader({
      routing: {
        gitops: {
          local,
          provider: 'gitlab',
          repoUrl: 'gitlab.com?owner=acme&repo=gitops',
          url: 'https://gitlab.com/acme/gitops/-/tree/main/',
        },
      },
    });

    expect(readGitOpsConfig(config)).toEqual({
      provider: 'gitlab',
      repoUrl: 'gitlab.com?owner=acme&repo=gitops',
      baseBranch: 'main',
      url: 'https://gitlab.com/acme/gitops/-/tree/main',
    });
  });

  it('rejects an unknown provider, naming the ones it knows', () => {
    const config = new ConfigReader({
      routing: { gitops: { provider: 'gitea', repoUrl: 'x', url: 'y' } },
    });

    expect(() => readGitOpsConfig(config)).toThrow(
      'routing.gitops.provider must be one of github, gitlab, bitbucketServer, got "gitea"',
    );
  });

  it('explains what to configure when routing.gitops is missing', () => {
    expect(() => readGitOpsConfig(new ConfigReader({}))).toThrow(
      /set routing\.gitops\.local\.path .* or routing\.gitops\.provider, repoUrl and url/,
    );
  });
});
