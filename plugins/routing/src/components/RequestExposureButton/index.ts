export { RequestExposureButton } from './RequestExposureButton';
export type { RequestExposureButtonProps } from './RequestExposureButton';
export {
  DEFAULT_EXPOSURE_TEMPLATES,
  type ExposureTemplateOption,
} from './exposureTemplates';
export type { ExposureTemplateRef } from './requestExposurePath';
