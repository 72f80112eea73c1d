/**
 * Finding codes of {@link analyzeVirtualServices}. The `IST*` codes are Istio's own analysis
 * message codes (https://istio.io/latest/docs/reference/config/analysis/) with the same
 * meaning and level as `istioctl analyze`; the others are Portway's own.
 *
 * @public
 */
export const IstioFindingCodes = {
  /** IST0101 ReferencedResourceNotFound: a destination host, gateway or
   * DestinationRule subset does not exist (error). */
  ReferencedResourceNotFound: 'IST0101',
  /** IST0109 ConflictingMeshGatewayVirtualServiceHosts: two mesh VirtualServices, one host (error). */
  ConflictingMeshGatewayVirtualServiceHosts: 'IST0109',
  /** IST0112 VirtualServiceDestinationPortSelectorRequired: multi-port Service, no port (error). */
  VirtualServiceDestinationPortSelectorRequired: 'IST0112',
  /** Portway's own: a destination `port.number` that the Service does not expose (error). */
  PortNotOnService: 'PortNotOnService',
} as const;
