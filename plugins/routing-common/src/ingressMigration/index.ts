export {
  MalformedIngressRequestError,
  parseIngressMigrationRequest,
  parseIngressRemovalRequest,
} from './parseIngressRequests';
export { preflightIngressMigration } from './preflightIngressMigration';
export { preflightIngressRemoval } from './preflightIngressRemoval';
export type { IngressRemovalContext } from './preflightIngressRemoval';
export { migrationReport, INGRESSES_KEPT } from './migrationReport';
export type { MigrationReportInput } from './migrationReport';
export { plainHttpListener } from './plainHttpListener';
export { migrationFileName, migrationFiles } from './migrationFiles';
export {
  ingressMigrationBranchName,
  ingressMigrationTitle,
  ingressRefs,
  ingressRemovalBranchName,
  ingressRemovalTitle,
  isIngressChangeBranch,
} from './changeNames';
export type { IngressChange } from './changeNames';
export { IngressMigrationFindingCodes } from './codes';
export type { IngressMigrationFindingCode } from './codes';
