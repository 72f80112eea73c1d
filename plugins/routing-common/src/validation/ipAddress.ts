/** `10.0.0.1`: what Kubernetes' `isIP` and the hostname rules refuse among names made of digits and dots. */
export const isIpv4Address = (value: string) =>
  /^\d{1,3}(\.\d{1,3}){3}$/.test(value);
