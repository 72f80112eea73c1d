/**
 * Test fixtures shared by the Portway packages' tests.
 *
 * @packageDocumentation
 */
export { storefrontExposureRequest } from './exposureRequests';
