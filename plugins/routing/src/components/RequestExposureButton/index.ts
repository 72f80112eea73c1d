export { RequestExposureButton } from './RequestExposureButton';
export type { RequestExposureButtonProps } from './RequestExposureButton';
export {
  DEFAULT_EXPOSURE_TEMPLATE,
  type ExposureTemplateRef,
} from './requestExposurePath';
