export { EntityRoutingContent } from './EntityRoutingContent';
export type { EntityRoutingContentProps } from './EntityRoutingContent';
