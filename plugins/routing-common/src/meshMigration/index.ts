export { convertVirtualServices } from './convertVirtualServices';
export {
  CONVERTED_FROM_ANNOTATION,
  MESH_ROUTE_EXPERIMENTAL_ANNOTATION,
} from './types';
