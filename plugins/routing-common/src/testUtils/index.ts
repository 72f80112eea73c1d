/**
 * Test fixtures shared by the Portway packages' tests.
 *
 * @packageDocumentation
 */
export {
  storefrontExposureRequest,
  cartMeshExposureRequest,
  cartGatewayExposureRequest,
  legacyIngressExposureRequest,
} from './exposureRequests';
