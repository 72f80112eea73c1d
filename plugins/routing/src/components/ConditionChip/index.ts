export { ConditionChip } from './ConditionChip';
export type { ConditionChipProps } from './ConditionChip';
