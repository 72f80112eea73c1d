export { AcceptedCondition } from './AcceptedCondition';
export type { AcceptedConditionProps } from './AcceptedCondition';
