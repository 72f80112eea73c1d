export { EntityRoutingCard } from './EntityRoutingCard';
export type { EntityRoutingCardProps } from './EntityRoutingCard';
