/**
 * Test helpers for code that uses the Portway GitOps repository: temporary folders and a
 * seeded local repository to read and inspect. Jest only.
 *
 * @packageDocumentation
 */
export { useTempDirs, writeFiles } from './tempDirs';
export { inspectRepository } from './inspectRepository';
export {
  createSeededLocalRepository,
  SEED_KUSTOMIZATION,
  SEED_SERVICE,
  STOREFRONT_FOLDER,
} from './seededLocalRepository';
export {
  mockGitOpsRepositoryService,
  type MockedGitOpsRepositoryService,
} from './mockGitOpsRepositoryService';
