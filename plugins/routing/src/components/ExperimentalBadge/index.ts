export { ExperimentalBadge } from './ExperimentalBadge';
