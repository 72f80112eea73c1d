export {
  MalformedVirtualServiceConversionRequestError,
  parseVirtualServiceConversionRequest,
} from './parseVirtualServiceConversionRequest';
export { VirtualServiceConversionFindingCodes } from './codes';
export type { VirtualServiceConversionFindingCode } from './codes';
