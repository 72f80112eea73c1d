/** What the loading hooks of the form fields return. */
export interface AsyncAnswer<T> {
  /** The answer, once loaded; undefined while there is nothing to ask. */
  value?: T;
  loading: boolean;
  error?: Error;
}
