export interface Config {
  routing?: {
    /**
     * The GitOps repository that exposure requests go to. When `provider` is set the forge is
     * used (even if `local` is set too, so an extra config file can switch a local default to a
     * forge); otherwise `local`.
     */
    gitops?: {
      /**
       * The embedded default: a git repository on disk. An exposure request becomes a branch
       * with one commit on top of `baseBranch`.
       */
      local?: {
        /** The repository folder, relative to the backend's working directory. Created on first use when missing. */
        path: string;
        /** Folder whose files become the first commit when the repository is created. */
        seedDirectory?: string;
        /** The branch that request branches start from. Default `main`. */
        baseBranch?: string;
        /** The author of the commits Portway makes. Default "Portway <portway@localhost>". */
        author?: {
          /** Author name. */
          name?: string;
          /** Author e-mail address. */
          email?: string;
        };
      };
      /** The forge that hosts the GitOps repository; its `publish:*` action opens the pull request. */
      provider?: 'github' | 'gitlab' | 'bitbucketServer';
      /**
       * The repository in the `publish:*` actions' repoUrl format, for example
       * `github.com?owner=acme&repo=gitops`.
       */
      repoUrl?: string;
      /** The branch that pull requests target. Default `main`. */
      baseBranch?: string;
      /**
       * A browsable URL of the repository tree at the base branch, read through Backstage's
       * URL readers (so it needs a matching `integrations` entry), for example
       * `https://github.com/acme/gitops/tree/main`.
       */
      url?: string;
    };
  };

  /** Backstage's scaffolder settings, of which Portway reads one. */
  scaffolder?: {
    /** The author of local GitOps commits when `routing.gitops.local.author` leaves it unset. */
    defaultAuthor?: {
      /** Author name. */
      name?: string;
      /** Author e-mail address. */
      email?: string;
    };
  };
}
