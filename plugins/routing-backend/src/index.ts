/**
 * Portway routing backend: routes, Gateways and exposure preflight per catalog entity.
 *
 * @packageDocumentation
 */
export { routingPlugin as default } from './plugin';
