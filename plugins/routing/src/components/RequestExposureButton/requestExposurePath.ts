/**
 * A Software Template, by its entity namespace and name.
 *
 * @public
 */
export interface ExposureTemplateRef {
  /** The template entity's namespace, `default` for the templates Portway ships. */
  namespace: string;
  /** The template entity's name, `expose-http` for example. */
  name: string;
}

/** Where the scaffolder is mounted when the app does not bind the route. */
const DEFAULT_SCAFFOLDER_PATH = '/create';

/** The template page path when the request-exposure route is not bound. */
export function defaultTemplatePath(template: ExposureTemplateRef): string {
  const namespace = encodeURIComponent(template.namespace);
  const name = encodeURIComponent(template.name);
  return `${DEFAULT_SCAFFOLDER_PATH}/templates/${namespace}/${name}`;
}

/** Fills the template form with `formData` (its parameters by name): `?formData={...}`. */
export function withFormData(
  templatePath: string,
  formData: Record<string, unknown>,
): string {
  return `${templatePath}?formData=${encodeURIComponent(
    JSON.stringify(formData),
  )}`;
}

/**
 * Adds the entity to the template form, as the template's `entityRef`
 * parameter: `?formData={"entityRef":"component:default/storefront"}`.
 */
export function withEntityRef(templatePath: string, entityRef: string): string {
  return withFormData(templatePath, { entityRef });
}
